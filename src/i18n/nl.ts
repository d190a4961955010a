import type { Texts } from '../types';

/** Dutch texts (nl). */
export const NL: Texts = {
  title: 'Toestemming voor cookies',
  description:
    'Wij gebruiken cookies en vergelijkbare technieken om deze website te laten werken en, met uw toestemming, om uw instellingen te onthouden, het gebruik te meten en beperkte marketing mogelijk te maken. U kunt uw keuze altijd wijzigen.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  preferencesTitle: 'Privacyvoorkeuren',
  saveChoices: 'Keuzes opslaan',
  close: 'Sluiten',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  gpcHonored: 'Uw opt-outverzoek is gehonoreerd',
  dntDisclosure:
    'Deze website reageert niet op Do Not Track-signalen van browsers, maar respecteert wel Global Privacy Control, zoals hieronder beschreven.',
  noticeTitle: 'Uw privacykeuzes',
  noticeDescription:
    'Wij gebruiken cookies voor websitefuncties, analyse en beperkte marketing. U kunt altijd bezwaar maken tegen de verkoop of het delen van uw persoonsgegevens.',
  viaGpc: 'Uitgeschakeld via Global Privacy Control',
  privacyChoices: 'Privacykeuzes',
  privacyPolicy: 'Privacyverklaring',
  cookiePolicy: 'Cookieverklaring',
  gpcConflict:
    'Uw browser verstuurt een Global Privacy Control-signaal, dat hiervoor als opt-out geldt. U kunt de opt-out behouden of dit alleen voor deze website toestaan.',
  keepOptedOut: 'Opt-out behouden',
  allowForSite: 'Toestaan voor deze website',
  blockedContent: 'Deze inhoud is geblokkeerd totdat u de categorie ‘{category}’ toestaat.',
  allowCategory: '{category} toestaan',
  categories: {
    essential: {
      label: 'Strikt noodzakelijk',
      description: 'Nodig om de website te laten werken en uw privacykeuzes te onthouden. Altijd actief.',
    },
    functional: {
      label: 'Functioneel',
      description: 'Onthoudt uw instellingen en maakt ingesloten functies zoals chat en video mogelijk.',
    },
    analytics: {
      label: 'Analytisch',
      description: 'Helpt ons te begrijpen hoe de website wordt gebruikt, zodat we die kunnen verbeteren.',
    },
    marketing: {
      label: 'Beperkte marketing',
      description: 'Meet het effect van onze campagnes. Omvat de verkoop of het delen van persoonsgegevens.',
    },
  },
};
