/** A model name as a construct id: `admin-bkn` → `AdminBkn`, `programWindow` → `ProgramWindow`. */
export const pascal = (name: string) => name.replace(/(^|[-_])(\w)/g, (_m, _s, c: string) => c.toUpperCase());
