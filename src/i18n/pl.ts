import type { Texts } from '../types';

/** Polish texts (pl). */
export const PL: Texts = {
  title: 'Zgoda na pliki cookie',
  description:
    'Używamy plików cookie i podobnych technologii do obsługi tej strony, a za Państwa zgodą – także do zapamiętywania ustawień, pomiaru korzystania ze strony i ograniczonego marketingu. Swój wybór mogą Państwo zmienić w każdej chwili.',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  preferencesTitle: 'Ustawienia prywatności',
  saveChoices: 'Zapisz wybór',
  close: 'Zamknij',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  gpcHonored: 'Uwzględniono żądanie rezygnacji',
  dntDisclosure:
    'Ta strona nie reaguje na sygnały Do Not Track wysyłane przez przeglądarkę; zamiast tego respektuje Global Privacy Control, jak opisano poniżej.',
  noticeTitle: 'Państwa wybory dotyczące prywatności',
  noticeDescription:
    'Używamy plików cookie do obsługi funkcji strony, analityki i ograniczonego marketingu. W każdej chwili mogą Państwo zrezygnować ze sprzedaży lub udostępniania swoich danych osobowych.',
  viaGpc: 'Wyłączone przez Global Privacy Control',
  privacyChoices: 'Opcje prywatności',
  privacyPolicy: 'Polityka prywatności',
  cookiePolicy: 'Polityka plików cookie',
  gpcConflict:
    'Państwa przeglądarka wysyła sygnał Global Privacy Control, który oznacza rezygnację z tej kategorii. Mogą Państwo podtrzymać rezygnację albo zezwolić na tę kategorię tylko na tej stronie.',
  keepOptedOut: 'Podtrzymaj rezygnację',
  allowForSite: 'Zezwól na tej stronie',
  blockedContent: 'Ta treść jest zablokowana do czasu wyrażenia zgody na kategorię „{category}”.',
  allowCategory: 'Zezwól na „{category}”',
  categories: {
    essential: {
      label: 'Niezbędne',
      description: 'Potrzebne do działania strony i zapamiętania Państwa wyborów dotyczących prywatności. Zawsze włączone.',
    },
    functional: {
      label: 'Funkcjonalne',
      description: 'Zapamiętują Państwa ustawienia i umożliwiają działanie osadzonych funkcji, takich jak czat i wideo.',
    },
    analytics: {
      label: 'Analityczne',
      description: 'Pomagają nam zrozumieć sposób korzystania ze strony, abyśmy mogli ją ulepszać.',
    },
    marketing: {
      label: 'Ograniczony marketing',
      description: 'Służy do pomiaru skuteczności naszych kampanii. Obejmuje sprzedaż lub udostępnianie danych osobowych.',
    },
  },
};
