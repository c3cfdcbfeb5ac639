import { z } from 'zod';

// Zod probes `new Function` to speed up parsing; under the page's CSP (no 'unsafe-eval') the
// probe is refused and reported as a violation even though Zod catches it. Imported first.
z.config({ jitless: true });
