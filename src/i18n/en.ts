import type { Texts } from '../types';

/** English texts, built into every bundle. Other languages are separate modules. */
export const EN: Texts = {
  title: 'Cookie consent',
  description:
    'We use cookies and similar technologies to run this site, and, with your permission, to remember your settings, measure use and support limited marketing. You can change your choice at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  preferencesTitle: 'Privacy preferences',
  saveChoices: 'Save choices',
  close: 'Close',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  gpcHonored: 'Opt-Out Request Honored',
  dntDisclosure:
    'This site does not respond to browser Do Not Track signals; it honors Global Privacy Control as described below.',
  noticeTitle: 'Your privacy choices',
  noticeDescription:
    'We use cookies for site features, analytics and limited marketing. You can opt out of the sale or sharing of your personal information at any time.',
  viaGpc: 'Off via Global Privacy Control',
  privacyChoices: 'Privacy choices',
  privacyPolicy: 'Privacy policy',
  cookiePolicy: 'Cookie policy',
  gpcConflict:
    'Your browser sends a Global Privacy Control signal, which opts you out of this. You can keep the opt-out or allow it for this site only.',
  keepOptedOut: 'Keep opted out',
  allowForSite: 'Allow for this site',
  blockedContent: 'This content is blocked until you allow {category}.',
  allowCategory: 'Allow {category}',
  categories: {
    essential: {
      label: 'Strictly necessary',
      description: 'Needed for the site to work and to remember your privacy choices. Always on.',
    },
    functional: {
      label: 'Functional',
      description: 'Remembers your settings and enables embedded features such as chat and video.',
    },
    analytics: {
      label: 'Analytics',
      description: 'Helps us understand how the site is used so we can improve it.',
    },
    marketing: {
      label: 'Limited marketing',
      description: 'Measures our campaigns. Covers the sale or sharing of personal information.',
    },
  },
};
