// The parameter inputs: one labelled input per key parameter, generated from the schema, showing the scenario's values.
import type { ResolvedScenario } from '../../sim/scenario/resolved.js';
import { keyParameterFields, resolvedValue, type ParameterField } from './parameterFields.js';

/** Inputs for the key parameters; `overrides()` returns what the user changed from the scenario's own values. */
export class ParameterForm {
  private readonly inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  private baseline: Record<string, number | string> = {};

  constructor(container: HTMLElement) {
    const doc = container.ownerDocument;
    for (const field of keyParameterFields()) {
      const label = doc.createElement('label');
      label.title = field.description;
      const control = field.kind === 'choice' ? this.choice(doc, field) : this.number(doc, field);
      control.name = field.path;
      control.dataset.path = field.path;
      control.setAttribute('aria-description', field.description);
      label.append(doc.createTextNode(field.label), control);
      container.append(label);
      this.inputs.set(field.path, control);
    }
  }

  /** Shows a scenario's values, then re-applies the given overrides on top. */
  show(resolved: ResolvedScenario, overrides: Readonly<Record<string, number | string>> = {}): void {
    this.baseline = {};
    for (const [path, input] of this.inputs) {
      const value = resolvedValue(resolved, path);
      if (value !== undefined) this.baseline[path] = value;
      input.value = String(overrides[path] ?? value ?? '');
    }
  }

  /** The values that differ from the scenario's own, by path (numbers as numbers). */
  overrides(): Record<string, number | string> {
    const changed: Record<string, number | string> = {};
    for (const [path, input] of this.inputs) {
      if (input.value === '') continue;
      const value = input instanceof HTMLInputElement ? Number(input.value) : input.value;
      if (String(value) !== String(this.baseline[path])) changed[path] = value;
    }
    return changed;
  }

  private number(doc: Document, field: ParameterField): HTMLInputElement {
    const input = doc.createElement('input');
    input.type = 'number';
    if (field.min !== undefined) input.min = String(field.min);
    if (field.max !== undefined) input.max = String(field.max);
    input.step = field.step === undefined ? 'any' : String(field.step);
    return input;
  }

  private choice(doc: Document, field: ParameterField): HTMLSelectElement {
    const select = doc.createElement('select');
    for (const option of field.options ?? []) select.append(new Option(option, option));
    return select;
  }
}
