import pino, { type Logger } from 'pino';

/** Fields that may carry personal data are removed wherever they appear in a log line. */
const REDACT = [
  'idNumber', '*.idNumber', '*.*.idNumber', 'bankAccount', '*.bankAccount', '*.*.bankAccount',
  'password', '*.password', 'newPassword', '*.newPassword', 'currentPassword', '*.currentPassword',
  'req.headers.cookie', 'req.headers.authorization', 'token', '*.token',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'fupin' } });
}
