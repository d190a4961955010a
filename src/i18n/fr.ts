import type { Texts } from '../types';

/** French texts (fr). */
export const FR: Texts = {
  title: 'Consentement aux cookies',
  description:
    'Nos cookies et autres traceurs servent au fonctionnement du site et, avec votre accord, à la mémorisation de vos paramètres, à la mesure d’audience et à un marketing limité. Vous pouvez modifier votre choix à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  preferencesTitle: 'Préférences de confidentialité',
  saveChoices: 'Enregistrer mes choix',
  close: 'Fermer',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  gpcHonored: 'Demande d’opposition prise en compte',
  dntDisclosure:
    'Ce site ne répond pas aux signaux Do Not Track, mais respecte Global Privacy Control (voir ci-dessous).',
  noticeTitle: 'Vos choix en matière de confidentialité',
  noticeDescription:
    'Nos cookies servent aux fonctions du site, à la mesure d’audience et à un marketing limité. Vous pouvez à tout moment vous opposer à la vente ou au partage de vos informations personnelles.',
  viaGpc: 'Désactivé via Global Privacy Control',
  privacyChoices: 'Choix de confidentialité',
  privacyPolicy: 'Politique de confidentialité',
  cookiePolicy: 'Politique relative aux cookies',
  gpcConflict:
    'Le signal Global Privacy Control de votre navigateur s’oppose à cette catégorie. Vous pouvez maintenir l’opposition ou l’autoriser pour ce site uniquement.',
  keepOptedOut: 'Maintenir l’opposition',
  allowForSite: 'Autoriser pour ce site',
  blockedContent: 'Contenu bloqué : autorisez « {category} » pour l’afficher.',
  allowCategory: 'Autoriser « {category} »',
  categories: {
    essential: {
      label: 'Strictement nécessaires',
      description: 'Indispensables au fonctionnement du site et à la mémorisation de vos choix de confidentialité. Toujours actifs.',
    },
    functional: {
      label: 'Fonctionnels',
      description: 'Mémorisent vos paramètres et activent des fonctions intégrées comme le chat ou la vidéo.',
    },
    analytics: {
      label: 'Mesure d’audience',
      description: 'Nous aide à comprendre l’usage du site pour l’améliorer.',
    },
    marketing: {
      label: 'Marketing limité',
      description: 'Mesure nos campagnes. Couvre la vente ou le partage d’informations personnelles.',
    },
  },
};
