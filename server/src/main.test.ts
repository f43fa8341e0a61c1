import { describe, expect, it } from 'vitest';
import { AppError } from './errors/app-error.ts';
import { describeFailure } from './main.ts';

describe('a failed command, as the terminal shows it', () => {
  it('names the error code and the field of an application error', () => {
    expect(describeFailure(new AppError('VALIDATION_FAILED', 'a scan cannot look from a future day', { field: 'asOf' })))
      .toBe('VALIDATION_FAILED (asOf): a scan cannot look from a future day');
    expect(describeFailure(new AppError('SCAN_RUNNING', 'scan 1 of region 150602 is still running'))).toBe('SCAN_RUNNING: scan 1 of region 150602 is still running');
  });

  it('gives any other error its message, and anything else as text', () => {
    expect(describeFailure(new Error('ENOENT: no such file'))).toBe('ENOENT: no such file');
    expect(describeFailure('stopped')).toBe('stopped');
  });
});
