// Character codes of the letters the analyser's hot paths test (comparing codes avoids
// building one-letter strings), named once for every module.

export const CODE_E = 'е'.charCodeAt(0);
export const CODE_G = 'г'.charCodeAt(0);
export const CODE_GH = 'ғ'.charCodeAt(0);
export const CODE_I = 'и'.charCodeAt(0);
export const CODE_K = 'к'.charCodeAt(0);
export const CODE_KH = 'х'.charCodeAt(0);
export const CODE_L = 'л'.charCodeAt(0);
export const CODE_N = 'н'.charCodeAt(0);
export const CODE_Q = 'қ'.charCodeAt(0);
export const CODE_R = 'р'.charCodeAt(0);
export const CODE_S = 'с'.charCodeAt(0);
export const CODE_SOFT = 'ь'.charCodeAt(0);
export const CODE_T = 'т'.charCodeAt(0);
export const CODE_U = 'у'.charCodeAt(0);
export const CODE_Y = 'ы'.charCodeAt(0);
export const CODE_I_FRONT = 'і'.charCodeAt(0);
export const CODE_YA = 'я'.charCodeAt(0);
export const CODE_YU = 'ю'.charCodeAt(0);
export const CODE_V = 'в'.charCodeAt(0);
export const CODE_Z = 'з'.charCodeAt(0);
