import { describe, expect, it } from 'vitest';
import { projectInfoSchema } from './api/project';
import { LIMITS } from './limits';
import { projectInfoProblems, termInOrder } from './project-info-rules';

const base = { name: 'Regeerakkoord', government: '', termStart: null, termEnd: null };

describe('project info rules', () => {
  it('name each broken rule', () => {
    expect(projectInfoProblems(base)).toEqual({});
    expect(projectInfoProblems({ ...base, name: ' \t' })).toEqual({ name: 'empty' });
    expect(projectInfoProblems({ ...base, name: `  ${'x'.repeat(LIMITS.name)}  ` })).toEqual({});
    expect(projectInfoProblems({ ...base, name: 'x'.repeat(LIMITS.name + 1), government: 'g'.repeat(LIMITS.name + 1) })).toEqual({ name: 'too-long', government: 'too-long' });
    expect(projectInfoProblems({ ...base, termStart: '2019-10-2', termEnd: 'soon' })).toEqual({ termStart: 'not-a-date', termEnd: 'not-a-date' });
    expect(projectInfoProblems({ ...base, termStart: '2024-09-30', termEnd: '2019-10-02' })).toEqual({ termEnd: 'end-before-start' });
  });

  it('a term is in order when an end is unknown or it ends on or after its start', () => {
    expect(termInOrder(null, '2019-01-01')).toBe(true);
    expect(termInOrder('2019-01-01', undefined)).toBe(true);
    expect(termInOrder('2019-01-01', '2019-01-01')).toBe(true);
    expect(termInOrder('2019-01-02', '2019-01-01')).toBe(false);
  });

  it('agree with the API schema on every field the schema checks', () => {
    const samples = [
      base,
      { ...base, name: '' },
      { ...base, name: '   ' },
      { ...base, name: 'x'.repeat(LIMITS.name + 1) },
      { ...base, government: 'g'.repeat(LIMITS.name + 1) },
      { ...base, termStart: '2019-10-02' },
      { ...base, termEnd: '02-10-2019' },
    ];
    for (const s of samples) {
      const schemaOk = projectInfoSchema.safeParse({ ...s, language: 'nl' }).success;
      expect(Object.keys(projectInfoProblems(s)).length === 0, JSON.stringify(s)).toBe(schemaOk);
    }
  });
});
