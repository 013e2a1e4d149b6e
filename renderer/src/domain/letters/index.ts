/** Letters: what each letter says (templates, views, content), independent of rendering. */
export {
  billingContact,
  buildLetter,
  type LetterInput,
  type LetterResult,
  paymentReference,
} from './buildLetter';
export { emailBody } from './emailBody';
export { frenchTypography, joinFr, numberInWordsFr } from './french';
export { type PlannedInstallment, splitInstallments } from './installments';
export { defaultItemSelection, itemRows } from './items';
export type * from './letterContent';
export {
  BLOCK_NAMES,
  buildLetterView,
  isKnownPlaceholder,
  PLACEHOLDERS,
} from './letterView';
export {
  CONDITION_CHOICES,
  type ConditionChoice,
  conditionLabel,
  FIELD_CHOICES,
  type FieldChoice,
  hasPlaceholderLabel,
  placeholderLabel,
} from './placeholderNames';
export { checkTemplate, checkTemplateText } from './templateCheck';
export { parseTemplate, renderParsed, usedNames, type ViewObject } from './templateEngine';
export {
  insertBlock,
  insertField,
  partSource,
  partsToSource,
  type SourceEdit,
  sourceToParts,
  type TemplatePart,
} from './templateParts';
export {
  effectiveTemplates,
  ITEM_SCOPES,
  isLegalTemplate,
  type LetterTemplate,
  letterTemplateSchema,
  parseTemplateFile,
  SEND_METHOD_LABELS,
  SEND_METHODS,
  TEMPLATE_IDS,
  type TemplateId,
  type TemplateOverrides,
  templateOverridesSchema,
} from './templates';
