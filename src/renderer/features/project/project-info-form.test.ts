import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits';
import type { EditableProjectInfo } from '../../../shared/models';
import { fieldsOf, projectInfoPatch } from './project-info-form';

const current: EditableProjectInfo = { name: 'Regeerakkoord', government: '', termStart: null, termEnd: null, language: 'nl' };

describe('projectInfoPatch', () => {
  it('sends only what changed, with names trimmed and empty dates as unknown', () => {
    const fields = { ...fieldsOf(current), government: '  Vlaamse Regering Jambon ', termStart: '2019-10-02', termEnd: '2024-09-30' };
    expect(projectInfoPatch(fields, current)).toEqual({
      patch: { government: 'Vlaamse Regering Jambon', termStart: '2019-10-02', termEnd: '2024-09-30' },
      problems: null,
    });
    expect(projectInfoPatch(fieldsOf(current), current)).toEqual({ patch: {}, problems: null });
    const known = { ...current, termEnd: '2024-09-30' };
    expect(projectInfoPatch({ ...fieldsOf(known), termEnd: '', language: 'en' }, known).patch).toEqual({ termEnd: null, language: 'en' });
  });

  it('names the problem of each field with the shared rules', () => {
    expect(projectInfoPatch({ ...fieldsOf(current), name: '   ' }, current)).toEqual({ patch: null, problems: { name: 'empty' } });
    const long = 'x'.repeat(LIMITS.name + 1);
    expect(projectInfoPatch({ ...fieldsOf(current), name: long, government: long }, current).problems).toEqual({ name: 'too-long', government: 'too-long' });
    expect(projectInfoPatch({ ...fieldsOf(current), termStart: '2-10-2019' }, current).problems).toEqual({ termStart: 'not-a-date' });
  });

  it('refuses a term that ends before it starts, and takes a term with one end unknown', () => {
    expect(projectInfoPatch({ ...fieldsOf(current), termStart: '2024-01-01', termEnd: '2019-01-01' }, current).problems).toEqual({ termEnd: 'end-before-start' });
    expect(projectInfoPatch({ ...fieldsOf(current), termStart: '2024-01-01', termEnd: '2024-01-01' }, current).problems).toBeNull();
    expect(projectInfoPatch({ ...fieldsOf(current), termEnd: '2019-01-01' }, current).patch).toEqual({ termEnd: '2019-01-01' });
  });
});
