export { LIBFAKETIME, describeWith, unmet, type Requirement } from './requirements.js';
