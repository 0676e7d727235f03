/** How long the link that confirms an account's address works: a day (a class's mail may come late). */
export const VERIFY_LINK_TTL_S = 24 * 60 * 60;
