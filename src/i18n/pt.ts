import type { Texts } from '../types';

/** Portuguese texts (pt). */
export const PT: Texts = {
  title: 'Consentimento de cookies',
  description:
    'Utilizamos cookies e tecnologias semelhantes para o funcionamento deste site e, com a sua autorização, para memorizar as suas preferências, medir a utilização e apoiar ações de marketing limitado. Pode alterar a sua escolha a qualquer momento.',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  customize: 'Personalizar',
  preferencesTitle: 'Preferências de privacidade',
  saveChoices: 'Guardar preferências',
  close: 'Fechar',
  doNotSell: 'Não vender nem partilhar os meus dados pessoais',
  gpcHonored: 'Pedido de oposição respeitado',
  dntDisclosure:
    'Este site não responde aos sinais Do Not Track, mas respeita o Global Privacy Control, conforme descrito abaixo.',
  noticeTitle: 'As suas escolhas de privacidade',
  noticeDescription:
    'Utilizamos cookies para funcionalidades do site, análise e marketing limitado. Pode opor-se à venda ou partilha dos seus dados pessoais a qualquer momento.',
  viaGpc: 'Desativado pelo Global Privacy Control',
  privacyChoices: 'Opções de privacidade',
  privacyPolicy: 'Política de privacidade',
  cookiePolicy: 'Política de cookies',
  gpcConflict:
    'O seu navegador envia um sinal Global Privacy Control, que se opõe a esta categoria. Pode manter a oposição ou permitir a categoria apenas neste site.',
  keepOptedOut: 'Manter oposição',
  allowForSite: 'Permitir neste site',
  blockedContent: 'Este conteúdo está bloqueado até que permita a categoria “{category}”.',
  allowCategory: 'Permitir “{category}”',
  categories: {
    essential: {
      label: 'Estritamente necessários',
      description: 'Necessários para o funcionamento do site e para memorizar as suas escolhas de privacidade. Sempre ativos.',
    },
    functional: {
      label: 'Funcionais',
      description: 'Memorizam as suas preferências e permitem funcionalidades incorporadas, como chat e vídeo.',
    },
    analytics: {
      label: 'Analíticos',
      description: 'Ajudam-nos a perceber como o site é utilizado, para o melhorar.',
    },
    marketing: {
      label: 'Marketing limitado',
      description: 'Mede a eficácia das nossas campanhas. Abrange a venda ou partilha de dados pessoais.',
    },
  },
};
