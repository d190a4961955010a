import type { Texts } from '../types';

/** Polish texts (pl). */
export const PL: Texts = {
  title: 'Zgoda na pliki cookie',
  description:
    'Używamy plików cookie i podobnych technologii do działania strony, a za Państwa zgodą – do zapamiętania ustawień, analityki i ograniczonego marketingu. W każdej chwili mogą Państwo zmienić wybór.',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  preferencesTitle: 'Ustawienia prywatności',
  saveChoices: 'Zapisz wybór',
  close: 'Zamknij',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  gpcHonored: 'Uwzględniono żądanie rezygnacji',
  dntDisclosure:
    'Nie reagujemy na sygnały Do Not Track, ale respektujemy Global Privacy Control (zob. niżej).',
  noticeTitle: 'Państwa wybory dotyczące prywatności',
  noticeDescription:
    'Używamy plików cookie do obsługi funkcji strony, analityki i ograniczonego marketingu. W każdej chwili mogą Państwo zrezygnować ze sprzedaży lub udostępniania swoich danych osobowych.',
  viaGpc: 'Wyłączone przez Global Privacy Control',
  privacyChoices: 'Opcje prywatności',
  privacyPolicy: 'Polityka prywatności',
  cookiePolicy: 'Polityka plików cookie',
  gpcConflict:
    'Państwa przeglądarka wysyła sygnał Global Privacy Control, oznaczający rezygnację z tej kategorii. Mogą Państwo podtrzymać rezygnację albo zezwolić na nią tylko na tej stronie.',
  keepOptedOut: 'Podtrzymaj rezygnację',
  allowForSite: 'Zezwól na tej stronie',
  blockedContent: 'Treść zablokowana do czasu zgody na „{category}”.',
  allowCategory: 'Zezwól na „{category}”',
  categories: {
    essential: {
      label: 'Niezbędne',
      description: 'Potrzebne do działania strony i zapamiętania wyborów prywatności. Zawsze włączone.',
    },
    functional: {
      label: 'Funkcjonalne',
      description: 'Zapamiętują ustawienia i obsługują osadzone treści, np. czat i wideo.',
    },
    analytics: {
      label: 'Analityczne',
      description: 'Mierzą korzystanie ze strony, byśmy mogli ją ulepszać.',
    },
    marketing: {
      label: 'Ograniczony marketing',
      description: 'Mierzy nasze kampanie. Obejmuje sprzedaż lub udostępnianie danych osobowych.',
    },
  },
};
