import { tokenize } from '../../src/core/tokenize.js';
import type { Form, FormField } from '../../src/core/reply.js';
import { letter } from './console.render.js';

/** The result of one answer given to a form being filled in on the console. */
export type FillStep =
  | { readonly kind: 'next'; readonly field: FormField }
  | { readonly kind: 'invalid'; readonly message: string; readonly field: FormField }
  | { readonly kind: 'complete'; readonly values: Readonly<Record<string, string>> };

/**
 * A form being filled in on the console, one field per line or all at once with
 * `--field value` options. Checks each value against its field (required, length, choices).
 */
export class FormFilling {
  private readonly values: Record<string, string> = {};
  private remaining: FormField[];

  constructor(readonly form: Form) {
    this.remaining = [...form.fields];
  }

  /** The field the next line answers, or undefined when all are answered. */
  current(): FormField | undefined {
    return this.remaining[0];
  }

  /** Takes one line: either the answer to the current field or `--name value` options. */
  answer(line: string): FillStep {
    if (/^\s*(--|—)/.test(line)) return this.answerAll(line);
    const field = this.current();
    if (field === undefined) return this.finish();
    const problem = this.accept(field, line.trim());
    if (problem !== undefined) return { kind: 'invalid', message: problem, field };
    this.remaining.shift();
    return this.finish();
  }

  private answerAll(line: string): FillStep {
    let tokens;
    try {
      tokens = tokenize(line);
    } catch (error) {
      return { kind: 'invalid', message: error instanceof Error ? error.message : String(error), field: this.remaining[0] ?? firstField(this.form) };
    }
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (token?.type !== 'flag') continue;
      const field = this.form.fields.find((candidate) => candidate.name === token.name);
      if (field === undefined) {
        const names = this.form.fields.map((candidate) => `--${candidate.name}`).join(', ');
        return {
          kind: 'invalid',
          message: `This form has no --${token.name} field. Its fields are ${names}.`,
          field: this.remaining[0] ?? firstField(this.form),
        };
      }
      const next = tokens[index + 1];
      const value = token.inlineValue ?? (next?.type === 'word' ? next.value : '');
      if (token.inlineValue === undefined && next?.type === 'word') index++;
      const problem = this.accept(field, value.trim());
      if (problem !== undefined) return { kind: 'invalid', message: problem, field };
      this.remaining = this.remaining.filter((candidate) => candidate.name !== field.name);
    }
    return this.finish();
  }

  private finish(): FillStep {
    const field = this.current();
    return field === undefined ? { kind: 'complete', values: { ...this.values } } : { kind: 'next', field };
  }

  /** Stores a value for a field, or says what is wrong with it. */
  private accept(field: FormField, value: string): string | undefined {
    if (value === '') {
      if (field.initialValue !== undefined) {
        this.values[field.name] = field.initialValue;
        return undefined;
      }
      return field.required ? `${field.label} is required: please type something.` : undefined;
    }
    if (field.maxLength !== undefined && value.length > field.maxLength) {
      return `${field.label} is ${value.length} characters long; the limit is ${field.maxLength}. Please shorten it.`;
    }
    if (field.options !== undefined) {
      const lowered = value.toLowerCase();
      const option = field.options.find(
        (candidate, index) => letter(index) === lowered || candidate.value.toLowerCase() === lowered || candidate.label.toLowerCase() === lowered,
      );
      if (option === undefined)
        return `${field.label} must be one of: ${field.options.map((candidate, index) => `(${letter(index)}) ${candidate.label}`).join(', ')}.`;
      this.values[field.name] = option.value;
      return undefined;
    }
    this.values[field.name] = value;
    return undefined;
  }
}

function firstField(form: Form): FormField {
  const field = form.fields[0];
  if (field === undefined) throw new Error(`Form "${form.title}" has no fields.`);
  return field;
}
