import type { Texts } from '../types';

/** Italian texts (it). */
export const IT: Texts = {
  title: 'Consenso ai cookie',
  description:
    'Utilizziamo cookie e tecnologie simili per far funzionare questo sito e, con il tuo consenso, per ricordare le tue impostazioni, misurarne l’utilizzo e svolgere attività di marketing limitato. Puoi modificare la tua scelta in qualsiasi momento.',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  preferencesTitle: 'Preferenze sulla privacy',
  saveChoices: 'Salva le scelte',
  close: 'Chiudi',
  doNotSell: 'Non vendere né condividere le mie informazioni personali',
  gpcHonored: 'Richiesta di opposizione rispettata',
  dntDisclosure:
    'Questo sito non risponde ai segnali Do Not Track, ma rispetta Global Privacy Control, come descritto di seguito.',
  noticeTitle: 'Le tue scelte sulla privacy',
  noticeDescription:
    'Utilizziamo i cookie per le funzionalità del sito, le statistiche e il marketing limitato. Puoi opporti in qualsiasi momento alla vendita o alla condivisione delle tue informazioni personali.',
  viaGpc: 'Disattivato tramite Global Privacy Control',
  privacyChoices: 'Scelte sulla privacy',
  privacyPolicy: 'Informativa sulla privacy',
  cookiePolicy: 'Informativa sui cookie',
  gpcConflict:
    'Il tuo browser invia un segnale Global Privacy Control, che esprime la tua opposizione a questa categoria. Puoi mantenere l’opposizione o consentirla solo per questo sito.',
  keepOptedOut: 'Mantieni l’opposizione',
  allowForSite: 'Consenti per questo sito',
  blockedContent: 'Questo contenuto è bloccato finché non consenti i cookie «{category}».',
  allowCategory: 'Consenti «{category}»',
  categories: {
    essential: {
      label: 'Strettamente necessari',
      description: 'Necessari al funzionamento del sito e a ricordare le tue scelte sulla privacy. Sempre attivi.',
    },
    functional: {
      label: 'Funzionali',
      description: 'Ricordano le tue impostazioni e attivano funzioni integrate come chat e video.',
    },
    analytics: {
      label: 'Analitici',
      description: 'Ci aiutano a capire come viene usato il sito, per migliorarlo.',
    },
    marketing: {
      label: 'Marketing limitato',
      description: 'Misura l’efficacia delle nostre campagne. Comprende la vendita o condivisione di informazioni personali.',
    },
  },
};
