// The short-lived cookie that carries "your account was deleted" to the home page after the
// deletion signed the browser out (a query parameter anyone could put in a link would not do).
export const ACCOUNT_NOTICE_COOKIE = 'jatta-account-notice';
