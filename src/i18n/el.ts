import type { Texts } from '../types';

/** Greek texts (el). */
export const EL: Texts = {
  title: 'Συγκατάθεση για cookies',
  description:
    'Χρησιμοποιούμε cookies για τη λειτουργία του ιστότοπου και, με τη συγκατάθεσή σας, για ρυθμίσεις, ανάλυση και περιορισμένο μάρκετινγκ. Μπορείτε οποτεδήποτε να αλλάξετε την επιλογή σας.',
  acceptAll: 'Αποδοχή όλων',
  rejectAll: 'Απόρριψη όλων',
  customize: 'Προσαρμογή',
  preferencesTitle: 'Προτιμήσεις απορρήτου',
  saveChoices: 'Αποθήκευση επιλογών',
  close: 'Κλείσιμο',
  doNotSell: 'Μην πωλείτε ή κοινοποιείτε τα προσωπικά μου δεδομένα',
  gpcHonored: 'Η εξαίρεσή σας τηρείται',
  dntDisclosure:
    'Αγνοούμε το Do Not Track, σεβόμαστε όμως το Global Privacy Control.',
  noticeTitle: 'Οι επιλογές απορρήτου σας',
  noticeDescription:
    'Χρησιμοποιούμε cookies για τη λειτουργία του ιστότοπου, ανάλυση και περιορισμένο μάρκετινγκ. Μπορείτε οποτεδήποτε να εξαιρεθείτε από την πώληση ή κοινοποίηση των προσωπικών σας δεδομένων.',
  viaGpc: 'Ανενεργό μέσω Global Privacy Control',
  privacyChoices: 'Επιλογές απορρήτου',
  privacyPolicy: 'Πολιτική απορρήτου',
  cookiePolicy: 'Πολιτική cookies',
  gpcConflict:
    'Εξαιρείται μέσω του Global Privacy Control σας.',
  keepOptedOut: 'Διατήρηση εξαίρεσης',
  allowForSite: 'Να επιτρέπεται στον ιστότοπο',
  blockedContent: 'Αποκλεισμένο. Επιτρέψτε: {category}.',
  allowCategory: 'Να επιτρέπεται: {category}',
  categories: {
    essential: {
      label: 'Απολύτως απαραίτητα',
      description: 'Για τη λειτουργία του ιστότοπου. Πάντα ενεργά.',
    },
    functional: {
      label: 'Λειτουργικά',
      description: 'Για ρυθμίσεις, συνομιλία και βίντεο.',
    },
    analytics: {
      label: 'Ανάλυση',
      description: 'Μετρούν τη χρήση του ιστότοπου.',
    },
    marketing: {
      label: 'Περιορισμένο μάρκετινγκ',
      description: 'Μετρούν καμπάνιες· καλύπτουν την πώληση ή κοινοποίηση των προσωπικών σας δεδομένων.',
    },
  },
};
