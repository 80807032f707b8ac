// Every subject type's access policy, registered once when the app is built.
import './accounts/policy.js';
import './audit-log/policy.js';
import './caseload/policy.js';
import './families/policy.js';
import './insights/policy.js';
import './plans/policy.js';
import './signals/policy.js';
import './trajectories/policy.js';
import './involvement/policy.js';
import './partner-api/policy.js';
import './support-families/policy.js';
