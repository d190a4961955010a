import type { Texts } from '../types';

/** French texts (fr). */
export const FR: Texts = {
  title: 'Consentement aux cookies',
  description:
    'Nous utilisons des cookies et des technologies similaires pour faire fonctionner ce site et, avec votre accord, pour mémoriser vos paramètres, mesurer l’audience et mener des actions de marketing limitées. Vous pouvez modifier votre choix à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  preferencesTitle: 'Préférences de confidentialité',
  saveChoices: 'Enregistrer mes choix',
  close: 'Fermer',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  gpcHonored: 'Demande d’opposition prise en compte',
  dntDisclosure:
    'Ce site ne répond pas aux signaux Do Not Track des navigateurs ; il respecte en revanche le signal Global Privacy Control, comme décrit ci-dessous.',
  noticeTitle: 'Vos choix en matière de confidentialité',
  noticeDescription:
    'Nous utilisons des cookies pour les fonctionnalités du site, la mesure d’audience et un marketing limité. Vous pouvez à tout moment vous opposer à la vente ou au partage de vos informations personnelles.',
  viaGpc: 'Désactivé via Global Privacy Control',
  privacyChoices: 'Choix de confidentialité',
  privacyPolicy: 'Politique de confidentialité',
  cookiePolicy: 'Politique relative aux cookies',
  gpcConflict:
    'Votre navigateur envoie un signal Global Privacy Control, qui exprime votre opposition à cette catégorie. Vous pouvez maintenir cette opposition ou l’autoriser uniquement pour ce site.',
  keepOptedOut: 'Maintenir l’opposition',
  allowForSite: 'Autoriser pour ce site',
  blockedContent: 'Ce contenu est bloqué tant que vous n’avez pas autorisé les cookies « {category} ».',
  allowCategory: 'Autoriser « {category} »',
  categories: {
    essential: {
      label: 'Strictement nécessaires',
      description: 'Indispensables au fonctionnement du site et à la mémorisation de vos choix de confidentialité. Toujours actifs.',
    },
    functional: {
      label: 'Fonctionnels',
      description: 'Mémorisent vos paramètres et activent des fonctionnalités intégrées, comme le chat ou la vidéo.',
    },
    analytics: {
      label: 'Mesure d’audience',
      description: 'Nous aide à comprendre comment le site est utilisé afin de l’améliorer.',
    },
    marketing: {
      label: 'Marketing limité',
      description: 'Mesure l’efficacité de nos campagnes. Couvre la vente ou le partage d’informations personnelles.',
    },
  },
};
