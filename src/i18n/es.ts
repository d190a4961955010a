import type { Texts } from '../types';

/** Spanish texts (es). */
export const ES: Texts = {
  title: 'Consentimiento de cookies',
  description:
    'Utilizamos cookies y tecnologías similares para el funcionamiento de este sitio y, con su permiso, para recordar su configuración, medir el uso y apoyar un marketing limitado. Puede cambiar su elección en cualquier momento.',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Configurar',
  preferencesTitle: 'Preferencias de privacidad',
  saveChoices: 'Guardar selección',
  close: 'Cerrar',
  doNotSell: 'No vender ni compartir mi información personal',
  gpcHonored: 'Se ha respetado su solicitud de exclusión',
  dntDisclosure:
    'Este sitio no responde a las señales Do Not Track de los navegadores; en su lugar, respeta Global Privacy Control, como se describe a continuación.',
  noticeTitle: 'Sus opciones de privacidad',
  noticeDescription:
    'Utilizamos cookies para las funciones del sitio, la analítica y un marketing limitado. Puede oponerse en cualquier momento a que se venda o comparta su información personal.',
  viaGpc: 'Desactivado mediante Global Privacy Control',
  privacyChoices: 'Opciones de privacidad',
  privacyPolicy: 'Política de privacidad',
  cookiePolicy: 'Política de cookies',
  gpcConflict:
    'Su navegador envía una señal de Global Privacy Control que le excluye de esta categoría. Puede mantener la exclusión o permitir la categoría solo en este sitio.',
  keepOptedOut: 'Mantener la exclusión',
  allowForSite: 'Permitir en este sitio',
  blockedContent: 'Este contenido está bloqueado hasta que permita lo siguiente: {category}.',
  allowCategory: 'Permitir: {category}',
  categories: {
    essential: {
      label: 'Estrictamente necesarias',
      description: 'Necesarias para que el sitio funcione y para recordar sus opciones de privacidad. Siempre activas.',
    },
    functional: {
      label: 'Funcionales',
      description: 'Recuerdan su configuración y permiten funciones integradas, como el chat y el vídeo.',
    },
    analytics: {
      label: 'Analíticas',
      description: 'Nos ayudan a entender cómo se usa el sitio para poder mejorarlo.',
    },
    marketing: {
      label: 'Marketing limitado',
      description: 'Miden nuestras campañas. Esta categoría incluye vender o compartir información personal.',
    },
  },
};
