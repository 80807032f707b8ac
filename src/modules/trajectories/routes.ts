// /api/trajectories: the status flow, closing, hand-over of the regisseur role and team members;
// opening a new trajectory for a family whose trajectory was closed.
import type { App } from '../../platform/http/types.js';
import { Trajectory } from './schemas.js';
import * as s from './schemas.js';
import { reopenTrajectory } from './reopen.js';
import * as service from './service.js';

const tags = ['trajectories'];

export function trajectoryRoutes(app: App): void {
  app.post(
    '/api/trajectories/:trajectoryId/status',
    {
      schema: {
        tags,
        summary: 'Move the trajectory one step in its status flow',
        params: s.TrajectoryParams,
        body: s.StatusChangeBody,
        response: { 200: Trajectory },
      },
    },
    (req) => service.changeStatus(req.ctx, req.params.trajectoryId, req.body.status),
  );
  app.post(
    '/api/trajectories/:trajectoryId/close',
    {
      schema: {
        tags,
        summary: 'Close with the national ending reason, satisfaction and "managing without help"',
        params: s.TrajectoryParams,
        body: s.CloseTrajectoryBody,
        response: { 200: Trajectory },
      },
    },
    (req) => service.closeTrajectory(req.ctx, req.params.trajectoryId, req.body),
  );
  app.post(
    '/api/trajectories/:trajectoryId/handover',
    {
      schema: {
        tags,
        summary: 'Hand the regisseur role to a team colleague, with a note',
        params: s.TrajectoryParams,
        body: s.HandoverBody,
        response: { 200: Trajectory },
      },
    },
    (req) => service.handOver(req.ctx, req.params.trajectoryId, req.body.toUserId, req.body.note),
  );
  app.post(
    '/api/trajectories/:trajectoryId/members',
    {
      schema: {
        tags,
        summary: 'A team colleague joins the trajectory',
        params: s.TrajectoryParams,
        body: s.AddTrajectoryMemberBody,
        response: { 200: Trajectory },
      },
    },
    (req) => service.addTrajectoryMember(req.ctx, req.params.trajectoryId, req.body.userId),
  );
  app.post(
    '/api/families/:familyId/trajectories',
    {
      schema: {
        tags,
        summary: 'Open a new trajectory for a family whose trajectory was closed (409 trajectory_still_open)',
        params: s.FamilyParams,
        body: s.OpenTrajectoryBody,
        response: { 201: s.TrajectoryOpened },
      },
    },
    async (req, reply) => reply.status(201).send(await reopenTrajectory(req.ctx, req.params.familyId, req.body)),
  );
  app.get(
    '/api/teams/:teamId/colleagues',
    {
      schema: {
        tags,
        summary: 'Members of one of your teams (to name a regisseur)',
        params: s.TeamParams,
        response: { 200: s.Colleagues },
      },
    },
    (req) => service.teamColleagues(req.ctx, req.params.teamId),
  );
}
