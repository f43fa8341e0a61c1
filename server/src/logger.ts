import pino, { type DestinationStream, type Logger } from 'pino';

/** Fields that may carry personal data are removed wherever they appear in a log line. */
const REDACT = [
  'idNumber', '*.idNumber', '*.*.idNumber', 'bankAccount', '*.bankAccount', '*.*.bankAccount',
  'password', '*.password', 'newPassword', '*.newPassword', 'currentPassword', '*.currentPassword',
  'req.headers.cookie', 'req.headers.authorization', 'token', '*.token',
];

/** Logs JSON lines to stdout, or to `destination` (tests capture the lines there). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'fupin' } };
  return destination ? pino(options, destination) : pino(options);
}
