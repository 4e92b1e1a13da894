// Indonesian first for zod's own messages, in the server and the browser alike: importing this module
// sets the locale once for every schema of the process, so a default zod message that reaches a form
// reads the same as the server's answer for the same input.
import { z } from 'zod';

z.config(z.locales.id());
