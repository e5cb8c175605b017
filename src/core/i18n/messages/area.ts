// Types for one feature area's catalogue pair. The Dutch file is the source of truth
// (`satisfies AreaMessages<'area'>` checks every key carries the area's prefix); the English
// file is typed `Translation<typeof areaNl>`, so a key missing from English, or one English
// has and Dutch lacks, is a compile error.

export type AreaMessages<Area extends string> = Record<`${Area}.${string}`, string>;

export type Translation<Source> = { readonly [K in keyof Source]: string };
