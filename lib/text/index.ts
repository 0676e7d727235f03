export { cleanDisplayText, isDisplayable } from './display-text';
