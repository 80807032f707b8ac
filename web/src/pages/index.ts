import { adminModule } from './admin/module';
import { approvalsModule } from './approvals/module';
import { auditModule } from './audit/module';
import { authModule } from './auth/module';
import { caseloadModule } from './caseload/module';
import { contractsModule } from './contracts/module';
import { decisionsModule } from './decisions/module';
import { familiesModule } from './families/module';
import { familyRightsModule } from './family-rights/module';
import { homeModule } from './home/module';
import { inboxModule } from './inbox/module';
import { insightsModule } from './insights/module';
import { instrumentsModule } from './instruments/module';
import { involvementModule } from './involvement/module';
import { learningModule } from './learning/module';
import { meetingsModule } from './meetings/module';
import { plansModule } from './plans/module';
import { portalModule } from './portal/module';
import { profileModule } from './profile/module';
import { providerModule } from './provider/module';
import { signalsModule } from './signals/module';
import { supportFamiliesModule } from './support-families/module';
import { supportFormsModule } from './support-forms/module';
import { timelineModule } from './timeline/module';

/** Every web capability. The routes, the main menu and the texts are built from this list (see web-module.ts). */
export const WEB_MODULES = [
  authModule,
  homeModule,
  portalModule,
  inboxModule,
  profileModule,
  familiesModule,
  familyRightsModule,
  meetingsModule,
  plansModule,
  instrumentsModule,
  timelineModule,
  caseloadModule,
  decisionsModule,
  involvementModule,
  signalsModule,
  insightsModule,
  learningModule,
  contractsModule,
  providerModule,
  supportFamiliesModule,
  supportFormsModule,
  adminModule,
  approvalsModule,
  auditModule,
] as const;
