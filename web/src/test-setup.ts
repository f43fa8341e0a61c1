import { configure } from '@testing-library/react';

// The machines are two shared cores: a form's validation can take longer than the default second
// while other suites run, and a test should fail on behaviour, not on a busy neighbour.
configure({ asyncUtilTimeout: 5_000 });
