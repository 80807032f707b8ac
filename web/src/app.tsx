import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { RequireAuth, RequireRole } from './components/require-auth';
import { AdminLayout } from './pages/admin/admin-layout';
import { OrganisationsPage } from './pages/admin/organisations-page';
import { OutboxPage } from './pages/admin/outbox-page';
import { SecurityPage } from './pages/admin/security-page';
import { TeamDetailPage } from './pages/admin/team-detail-page';
import { TeamNewPage } from './pages/admin/team-new-page';
import { TeamsPage } from './pages/admin/teams-page';
import { UserDetailPage } from './pages/admin/user-detail-page';
import { UserNewPage } from './pages/admin/user-new-page';
import { UsersPage } from './pages/admin/users-page';
import { AuditPage } from './pages/audit/audit-page';
import { LoginPage } from './pages/auth/login-page';
import { HomePage } from './pages/home/home-page';
import { TeamCaseloadPage } from './pages/caseload/team-caseload-page';
import { DossierPage } from './pages/families/dossier-page';
import { FamiliesPage } from './pages/families/families-page';
import { FamilyNewPage } from './pages/families/family-new-page';
import { InboxPage } from './pages/inbox/inbox-page';
import { InvolvementPage } from './pages/involvement/involvement-page';
import {
  MatchesPage as InvolvementMatchesPage,
  MatchPage as InvolvementMatchPage,
} from './pages/involvement/matches-page';
import { RegistrationPage } from './pages/involvement/registration-page';
import { ApiKeysPage } from './pages/admin/api-keys-page';
import { MatchCoordinatorsPage } from './pages/admin/match-coordinators-page';
import { InstrumentsPage } from './pages/instruments/instruments-page';
import { MeetingPage } from './pages/meetings/meeting-page';
import { MeetingsPage } from './pages/meetings/meetings-page';
import { PlanPage } from './pages/plans/plan-page';
import { PlanPrintPage } from './pages/plans/plan-print-page';
import { PlanVersionPage } from './pages/plans/plan-version-page';
import { NotFoundPage } from './pages/not-found-page';
import { TimelinePage } from './pages/timeline/timeline-page';
import { ProfilePage } from './pages/profile/profile-page';
import { BoardLayout } from './pages/support-families/board-layout';
import { FamiliesPage as SupportFamiliesPage } from './pages/support-families/families-page';
import { FamilyPage as SupportFamilyPage } from './pages/support-families/family-page';
import { FiguresPage as SupportFiguresPage } from './pages/support-families/figures-page';
import { MatchPage as SupportMatchPage } from './pages/support-families/match-page';
import { MatchesPage as SupportMatchesPage } from './pages/support-families/matches-page';
import { ProposalPage } from './pages/support-families/proposal-page';
import { RemindersPage } from './pages/support-families/reminders-page';
import { RequestPage as SupportRequestPage } from './pages/support-families/request-page';
import { RequestsPage as SupportRequestsPage } from './pages/support-families/requests-page';
import { SettingsPage as SupportSettingsPage } from './pages/support-families/settings-page';
import { ConfirmPage } from './pages/support-forms/confirm-page';
import { FamilyFormPage } from './pages/support-forms/family-form-page';
import { RequestFormPage } from './pages/support-forms/request-form-page';
import { PartnerSignalsPage } from './pages/signals/partner-page';
import { PatternsPage } from './pages/insights/patterns-page';
import { TriageQueuePage } from './pages/signals/queue-page';
import { SignalPage } from './pages/signals/signal-page';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route path="login" element={<LoginPage />} />
          <Route path="buurtgezinnen/aanmelden" element={<RequestFormPage />} />
          <Route path="buurtgezinnen/steungezin-worden" element={<FamilyFormPage />} />
          <Route path="buurtgezinnen/bevestigen" element={<ConfirmPage />} />
          <Route element={<RequireAuth />}>
            <Route index element={<HomePage />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route path="inbox" element={<InboxPage />} />
            <Route path="families/:familyId/meetings" element={<MeetingsPage />} />
            <Route path="families/:familyId/meetings/:meetingId" element={<MeetingPage />} />
            <Route path="families/:familyId/plan" element={<PlanPage />} />
            <Route path="families/:familyId/plan/print" element={<PlanPrintPage />} />
            <Route path="families/:familyId/plan/versions/:version" element={<PlanVersionPage />} />
            <Route path="families/:familyId/plan/versions/:version/print" element={<PlanPrintPage />} />
            <Route path="families/:familyId/instruments" element={<InstrumentsPage />} />
            <Route path="families/:familyId/timeline" element={<TimelinePage />} />
            <Route path="families" element={<FamiliesPage />} />
            <Route path="families/new" element={<FamilyNewPage />} />
            <Route path="families/:familyId" element={<DossierPage />} />
            <Route path="teams/:teamId/caseload" element={<TeamCaseloadPage />} />
            <Route path="involvement" element={<InvolvementPage />} />
            <Route path="involvement/registrations/:registrationId" element={<RegistrationPage />} />
            <Route path="involvement/matches" element={<InvolvementMatchesPage />} />
            <Route path="involvement/matches/:matchId" element={<InvolvementMatchPage />} />
            <Route path="signals/submit" element={<RequireRole role="signaller" />}>
              <Route index element={<PartnerSignalsPage />} />
            </Route>
            <Route path="signals/queue" element={<TriageQueuePage />} />
            <Route path="signals/:signalId" element={<SignalPage />} />
            <Route path="insights/patterns" element={<PatternsPage />} />
            <Route path="admin" element={<RequireRole role="admin" />}>
              <Route element={<AdminLayout />}>
                <Route index element={<Navigate to="users" replace />} />
                <Route path="users" element={<UsersPage />} />
                <Route path="users/new" element={<UserNewPage />} />
                <Route path="users/:userId" element={<UserDetailPage />} />
                <Route path="teams" element={<TeamsPage />} />
                <Route path="teams/new" element={<TeamNewPage />} />
                <Route path="teams/:teamId" element={<TeamDetailPage />} />
                <Route path="organisations" element={<OrganisationsPage />} />
                <Route path="security" element={<SecurityPage />} />
                <Route path="outbox" element={<OutboxPage />} />
                <Route path="api-keys" element={<ApiKeysPage />} />
                <Route path="match-coordinators" element={<MatchCoordinatorsPage />} />
              </Route>
            </Route>
            <Route path="buurtgezinnen" element={<RequireRole role="coordinator" />}>
              <Route element={<BoardLayout />}>
                <Route index element={<Navigate to="aanvragen" replace />} />
                <Route path="aanvragen" element={<SupportRequestsPage />} />
                <Route path="aanvragen/:requestId" element={<SupportRequestPage />} />
                <Route path="steungezinnen" element={<SupportFamiliesPage />} />
                <Route path="steungezinnen/:familyId" element={<SupportFamilyPage />} />
                <Route path="voorstel" element={<ProposalPage />} />
                <Route path="koppelingen" element={<SupportMatchesPage />} />
                <Route path="koppelingen/:matchId" element={<SupportMatchPage />} />
                <Route path="herinneringen" element={<RemindersPage />} />
                <Route path="cijfers" element={<SupportFiguresPage />} />
                <Route path="instellingen" element={<SupportSettingsPage />} />
              </Route>
            </Route>
            <Route path="buurtgezinnen-cijfers" element={<RequireRole role="policy" />}>
              <Route index element={<SupportFiguresPage />} />
            </Route>
            <Route path="audit" element={<RequireRole role="privacy_officer" />}>
              <Route index element={<AuditPage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
