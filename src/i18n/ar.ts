import type { Texts } from '../types';

/** Arabic texts (ar). */
export const AR: Texts = {
  title: 'الموافقة على ملفات تعريف الارتباط',
  description:
    'نستخدم ملفات تعريف الارتباط والتقنيات المشابهة لتشغيل الموقع، وبموافقتك لحفظ إعداداتك وللتحليلات والتسويق المحدود. يمكنك في أي وقت تغيير اختيارك.',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customize: 'تخصيص',
  preferencesTitle: 'تفضيلات الخصوصية',
  saveChoices: 'حفظ الخيارات',
  close: 'إغلاق',
  doNotSell: 'عدم بيع معلوماتي الشخصية أو مشاركتها',
  gpcHonored: 'تمت الاستجابة لطلبك بالانسحاب',
  dntDisclosure:
    'لا يستجيب هذا الموقع لإشارات Do Not Track، بل يحترم Global Privacy Control كما هو موضح أدناه.',
  noticeTitle: 'خيارات الخصوصية الخاصة بك',
  noticeDescription:
    'نستخدم ملفات تعريف الارتباط لميزات الموقع والتحليلات والتسويق المحدود. يمكنك في أي وقت الانسحاب من بيع معلوماتك الشخصية أو مشاركتها.',
  viaGpc: 'معطّل عبر Global Privacy Control',
  privacyChoices: 'خيارات الخصوصية',
  privacyPolicy: 'سياسة الخصوصية',
  cookiePolicy: 'سياسة ملفات تعريف الارتباط',
  gpcConflict:
    'يرسل متصفحك إشارة Global Privacy Control التي تعني انسحابك من ذلك. يمكنك الإبقاء على الانسحاب أو السماح بذلك لهذا الموقع فقط.',
  keepOptedOut: 'الإبقاء على الانسحاب',
  allowForSite: 'السماح لهذا الموقع',
  blockedContent: 'هذا المحتوى محجوب حتى تسمح بفئة «{category}».',
  allowCategory: 'السماح بفئة «{category}»',
  categories: {
    essential: {
      label: 'الضرورية للغاية',
      description: 'لازمة لتشغيل الموقع وحفظ خيارات الخصوصية الخاصة بك. مفعّلة دائمًا.',
    },
    functional: {
      label: 'الوظيفية',
      description: 'تتذكّر إعداداتك وتتيح المحتوى المضمّن كالدردشة والفيديو.',
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
