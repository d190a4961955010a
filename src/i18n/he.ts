import type { Texts } from '../types';

/** Hebrew texts (he). */
export const HE: Texts = {
  title: 'הסכמה לשימוש בעוגיות',
  description:
    'אנו משתמשים בעוגיות ובטכנולוגיות דומות להפעלת האתר, ובהסכמתך גם לשמירת ההגדרות שלך, למדידת השימוש ולשיווק מוגבל. ניתן לשנות את הבחירה בכל עת.',
  acceptAll: 'אישור הכול',
  rejectAll: 'דחיית הכול',
  customize: 'התאמה אישית',
  preferencesTitle: 'העדפות פרטיות',
  saveChoices: 'שמירת הבחירות',
  close: 'סגירה',
  doNotSell: 'לא למכור ולא לשתף את המידע האישי שלי',
  gpcHonored: 'בקשת הסירוב שלך נענתה',
  dntDisclosure:
    'אתר זה אינו מגיב לאותות Do Not Track, אך מכבד את Global Privacy Control, כמתואר בהמשך.',
  noticeTitle: 'בחירות הפרטיות שלך',
  noticeDescription:
    'אנו משתמשים בעוגיות לתכונות האתר, לניתוח נתונים ולשיווק מוגבל. ניתן לסרב בכל עת למכירה או לשיתוף של המידע האישי שלך.',
  viaGpc: 'כבוי באמצעות Global Privacy Control',
  privacyChoices: 'בחירות פרטיות',
  privacyPolicy: 'מדיניות פרטיות',
  cookiePolicy: 'מדיניות עוגיות',
  gpcConflict:
    'הדפדפן שלך שולח אות Global Privacy Control, כלומר סירוב לכך. ניתן לשמור על הסירוב או לאפשר זאת לאתר זה בלבד.',
  keepOptedOut: 'שמירה על הסירוב',
  allowForSite: 'אישור לאתר זה',
  blockedContent: 'תוכן זה חסום עד לאישור {category}.',
  allowCategory: 'אישור {category}',
  categories: {
    essential: {
      label: 'הכרחיות',
      description: 'נחוצות להפעלת האתר ולשמירת בחירות הפרטיות שלך. מופעלות תמיד.',
    },
    functional: {
      label: 'פונקציונליות',
      description: 'שומרות את ההגדרות שלך ומאפשרות תוכן מוטמע כמו צ׳אט ווידאו.',
    },
    analytics: {
      label: 'ניתוח נתונים',
      description: 'עוזר לנו להבין איך משתמשים באתר כדי לשפר אותו.',
    },
    marketing: {
      label: 'שיווק מוגבל',
      description: 'מודד את הקמפיינים שלנו. כולל מכירה או שיתוף של מידע אישי.',
    },
  },
};
