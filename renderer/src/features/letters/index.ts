export { LettersPage } from './LettersPage';
