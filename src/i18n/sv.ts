import type { Texts } from '../types';

/** Swedish texts (sv). */
export const SV: Texts = {
  title: 'Samtycke till cookies',
  description:
    'Vi använder cookies och liknande tekniker för att driva den här webbplatsen och, med ditt tillstånd, för att komma ihåg dina inställningar, mäta användningen och stödja begränsad marknadsföring. Du kan när som helst ändra ditt val.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  preferencesTitle: 'Integritetsinställningar',
  saveChoices: 'Spara val',
  close: 'Stäng',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  gpcHonored: 'Din begäran om att avstå har respekterats',
  dntDisclosure:
    'Den här webbplatsen reagerar inte på Do Not Track-signaler från webbläsaren; i stället respekterar den Global Privacy Control enligt beskrivningen nedan.',
  noticeTitle: 'Dina integritetsval',
  noticeDescription:
    'Vi använder cookies för webbplatsens funktioner, analys och begränsad marknadsföring. Du kan när som helst avstå från försäljning eller delning av dina personuppgifter.',
  viaGpc: 'Avstängt via Global Privacy Control',
  privacyChoices: 'Integritetsval',
  privacyPolicy: 'Integritetspolicy',
  cookiePolicy: 'Cookiepolicy',
  gpcConflict:
    'Din webbläsare skickar en Global Privacy Control-signal, som innebär att du avstår från detta. Du kan fortsätta att avstå eller tillåta det enbart för den här webbplatsen.',
  keepOptedOut: 'Fortsätt avstå',
  allowForSite: 'Tillåt för den här webbplatsen',
  blockedContent: 'Det här innehållet är blockerat tills du tillåter kategorin ”{category}”.',
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
      description: 'Hjälper oss att förstå hur webbplatsen används så att vi kan förbättra den.',
    },
    marketing: {
      label: 'Begränsad marknadsföring',
      description: 'Mäter våra kampanjer. Omfattar försäljning eller delning av personuppgifter.',
    },
  },
};
