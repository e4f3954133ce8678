/**
 * The shape a translation must have: every key of the English source, as strings. Plural forms follow
 * i18next's suffixes; Chinese has only `_other`, so an English `_one` key is optional elsewhere.
 */
export type Translation<T> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : Translation<T[K]>;
} & {
  [K in keyof T as K extends `${string}_one` ? K : never]?: string;
};
