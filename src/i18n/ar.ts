import type { Texts } from '../types';

/** Arabic texts (ar). */
export const AR: Texts = {
  title: 'الموافقة على ملفات تعريف الارتباط',
  description:
    'نستخدم ملفات تعريف الارتباط ونحوها لتشغيل الموقع، وبموافقتك لحفظ إعداداتك وللتحليلات والتسويق المحدود. يمكنك في أي وقت تغيير اختيارك.',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customize: 'تخصيص',
  preferencesTitle: 'تفضيلات الخصوصية',
  saveChoices: 'حفظ الخيارات',
  close: 'إغلاق',
  doNotSell: 'عدم بيع معلوماتي الشخصية أو مشاركتها',
  gpcHonored: 'تم احترام طلب الانسحاب',
  dntDisclosure:
    'لا يستجيب الموقع لإشارات Do Not Track، بل يحترم Global Privacy Control.',
  noticeTitle: 'خيارات خصوصيتك',
  noticeDescription:
    'نستخدم ملفات تعريف الارتباط لميزات الموقع والتحليلات والتسويق المحدود. يمكنك في أي وقت الانسحاب من بيع معلوماتك الشخصية أو مشاركتها.',
  viaGpc: 'معطل عبر Global Privacy Control',
  privacyChoices: 'خيارات الخصوصية',
  privacyPolicy: 'سياسة الخصوصية',
  cookiePolicy: 'سياسة ملفات تعريف الارتباط',
  gpcConflict:
    'ينسحب متصفحك من ذلك عبر Global Privacy Control. يمكنك الإبقاء على الانسحاب أو السماح به لهذا الموقع فقط.',
  keepOptedOut: 'الإبقاء على الانسحاب',
  allowForSite: 'السماح لهذا الموقع',
  blockedContent: 'المحتوى محجوب حتى تسمح بفئة «{category}».',
  allowCategory: 'السماح بفئة «{category}»',
  categories: {
    essential: {
      label: 'الضرورية للغاية',
      description: 'ضرورية لتشغيل الموقع وحفظ خيارات الخصوصية. مفعلة دائما.',
    },
    functional: {
      label: 'الوظيفية',
      description: 'تتذكر إعداداتك وتتيح المحتوى المضمن كالدردشة والفيديو.',
    },
    analytics: {
      label: 'التحليلات',
      description: 'تقيس استخدام الموقع لتحسينه.',
    },
    marketing: {
      label: 'التسويق المحدود',
      description: 'يقيس حملاتنا ويشمل بيع معلوماتك الشخصية أو مشاركتها.',
    },
  },
};
