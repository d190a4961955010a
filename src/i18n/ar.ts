import type { Texts } from '../types';

/** Arabic texts (ar). */
export const AR: Texts = {
  title: 'الموافقة على ملفات تعريف الارتباط',
  description:
    'نستخدم ملفات تعريف الارتباط والتقنيات المشابهة لتشغيل هذا الموقع، ونستخدمها بموافقتك أيضًا لتذكّر إعداداتك وقياس الاستخدام ودعم التسويق المحدود. يمكنك تغيير اختيارك في أي وقت.',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customize: 'تخصيص',
  preferencesTitle: 'تفضيلات الخصوصية',
  saveChoices: 'حفظ الخيارات',
  close: 'إغلاق',
  doNotSell: 'عدم بيع معلوماتي الشخصية أو مشاركتها',
  gpcHonored: 'تمت الاستجابة لطلبك بالانسحاب',
  dntDisclosure:
    'لا يستجيب هذا الموقع لإشارات Do Not Track الصادرة عن المتصفح، بل يحترم إشارة Global Privacy Control كما هو موضح أدناه.',
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
      description: 'لازمة لعمل الموقع ولتذكّر خيارات الخصوصية الخاصة بك. مفعّلة دائمًا.',
    },
    functional: {
      label: 'الوظيفية',
      description: 'تتذكّر إعداداتك وتتيح الميزات المضمّنة مثل الدردشة والفيديو.',
    },
    analytics: {
      label: 'التحليلات',
      description: 'تساعدنا على فهم كيفية استخدام الموقع لكي نتمكن من تحسينه.',
    },
    marketing: {
      label: 'التسويق المحدود',
      description: 'يقيس أداء حملاتنا، ويشمل بيع المعلومات الشخصية أو مشاركتها.',
    },
  },
};
