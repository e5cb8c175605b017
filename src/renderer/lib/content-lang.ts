// The language of the content people write and read here — agreement text, assessments,
// section and decision titles — which is Dutch whatever the interface speaks. Marked with
// `lang` wherever it appears, so a screen reader reads it with a Dutch voice (WCAG 3.1.2).
export const CONTENT_LANG = 'nl';
