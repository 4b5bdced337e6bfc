/** How many entries a comparison takes. Zod-free, so client components can import it cheaply. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;
