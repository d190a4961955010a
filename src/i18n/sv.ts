import type { Texts } from '../types';

/** Swedish texts (sv). */
export const SV: Texts = {
  title: 'Samtycke till cookies',
  description:
    'Vi använder cookies och liknande tekniker för att driva webbplatsen och, med ditt tillstånd, för att komma ihåg dina inställningar, mäta användningen och stödja begränsad marknadsföring. Du kan när som helst ändra ditt val.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  preferencesTitle: 'Integritetsinställningar',
  saveChoices: 'Spara val',
  close: 'Stäng',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  gpcHonored: 'Din begäran om att avstå har respekterats',
  dntDisclosure:
    'Den här webbplatsen reagerar inte på Do Not Track-signaler men respekterar Global Privacy Control enligt beskrivningen nedan.',
  noticeTitle: 'Dina integritetsval',
  noticeDescription:
    'Vi använder cookies för webbplatsens funktioner, analys och begränsad marknadsföring. Du kan när som helst avstå från försäljning eller delning av dina personuppgifter.',
  viaGpc: 'Avstängt via Global Privacy Control',
  privacyChoices: 'Integritetsval',
  privacyPolicy: 'Integritetspolicy',
  cookiePolicy: 'Cookiepolicy',
  gpcConflict:
    'Din webbläsares Global Privacy Control-signal innebär att du avstår från detta. Du kan fortsätta avstå eller tillåta det bara för den här webbplatsen.',
  keepOptedOut: 'Fortsätt avstå',
  allowForSite: 'Tillåt för den här webbplatsen',
  blockedContent: 'Innehållet är blockerat tills du tillåter ”{category}”.',
  allowCategory: 'Tillåt ”{category}”',
  categories: {
    essential: {
      label: 'Strikt nödvändiga',
      description: 'Behövs för att webbplatsen ska fungera och för att komma ihåg dina integritetsval. Alltid aktiva.',
    },
    functional: {
      label: 'Funktionella',
      description: 'Kommer ihåg dina inställningar och möjliggör inbäddade funktioner som chatt och video.',
    },
    analytics: {
      label: 'Analys',
      description: 'Hjälper oss förstå hur webbplatsen används så att vi kan förbättra den.',
    },
    marketing: {
      label: 'Begränsad marknadsföring',
      description: 'Mäter våra kampanjer. Omfattar försäljning eller delning av personuppgifter.',
    },
  },
};
