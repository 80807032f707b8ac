// Contract manager endpoints: providers, contracts (+ products, tariffs, outcome criteria), budgets, arrangements.
import type { App } from '../../../platform/http/types.js';
import * as a from './arrangement-schemas.js';
import { createArrangement, getArrangement, listArrangements, updateArrangement } from './arrangements.js';
import { budgetOverview, putBudget } from './budget-service.js';
import { addCriterion, addProduct, addTariff, updateCriterion, updateProduct } from './products.js';
import * as s from './schemas.js';
import {
  contractCodeLists,
  createContract,
  createProvider,
  getContract,
  listContracts,
  listProviders,
  updateContract,
  updateProvider,
} from './service.js';

const tags = ['contracts'];

export function contractRoutes(app: App): void {
  app.get(
    '/api/contract-providers',
    {
      schema: {
        tags,
        summary: 'Care providers (AGB) and their number of contracts',
        response: { 200: s.ContractProviderList },
      },
    },
    (req) => listProviders(req.ctx),
  );
  app.post(
    '/api/contract-providers',
    { schema: { tags, summary: 'Add a care provider', body: s.ProviderBody, response: { 201: s.ContractProvider } } },
    async (req, reply) => reply.status(201).send(await createProvider(req.ctx, req.body)),
  );
  app.put(
    '/api/contract-providers/:providerId',
    {
      schema: {
        tags,
        summary: 'Edit a care provider',
        params: s.ProviderParams,
        body: s.ProviderBody,
        response: { 200: s.ContractProvider },
      },
    },
    (req) => updateProvider(req.ctx, req.params.providerId, req.body),
  );
  app.get(
    '/api/contracts',
    {
      schema: {
        tags,
        summary: 'Contracts of your region, paged and searchable',
        querystring: s.ContractQuery,
        response: { 200: s.ContractList },
      },
    },
    (req) => listContracts(req.ctx, req.query),
  );
  app.get(
    '/api/contracts/code-lists',
    {
      schema: {
        tags,
        summary: 'Categories, units and municipalities for the contract forms',
        response: { 200: s.ContractCodeLists },
      },
    },
    (req) => contractCodeLists(req.ctx),
  );
  app.post(
    '/api/contracts',
    {
      schema: {
        tags,
        summary: 'Create a contract (local or regional)',
        body: s.ContractBody,
        response: { 201: s.ContractDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await createContract(req.ctx, req.body)),
  );
  app.get(
    '/api/contracts/:contractId',
    {
      schema: {
        tags,
        summary: 'A contract with products, tariffs and outcome criteria',
        params: s.ContractParams,
        response: { 200: s.ContractDetail },
      },
    },
    (req) => getContract(req.ctx, req.params.contractId),
  );
  app.put(
    '/api/contracts/:contractId',
    {
      schema: {
        tags,
        summary: 'Edit a contract (its products must fit the variant; the provider stays once allocated)',
        params: s.ContractParams,
        body: s.ContractBody,
        response: { 200: s.ContractDetail },
      },
    },
    (req) => updateContract(req.ctx, req.params.contractId, req.body),
  );
  app.post(
    '/api/contracts/:contractId/products',
    {
      schema: {
        tags,
        summary: 'Add a product to a contract',
        params: s.ContractParams,
        body: s.ProductBody,
        response: { 201: s.ContractDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await addProduct(req.ctx, req.params.contractId, req.body)),
  );
  app.put(
    '/api/contracts/:contractId/products/:productId',
    {
      schema: {
        tags,
        summary: 'Edit a product (once allocated only its name and budget line)',
        params: s.ProductParams,
        body: s.ProductBody,
        response: { 200: s.ContractDetail },
      },
    },
    (req) => updateProduct(req.ctx, req.params.contractId, req.params.productId, req.body),
  );
  app.post(
    '/api/contracts/:contractId/products/:productId/tariffs',
    {
      schema: {
        tags,
        summary: 'Add a tariff with its validity (no overlap with another tariff of the product)',
        params: s.ProductParams,
        body: s.TariffBody,
        response: { 201: s.ContractDetail },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addTariff(req.ctx, req.params.contractId, req.params.productId, req.body)),
  );
  app.post(
    '/api/contracts/:contractId/criteria',
    {
      schema: {
        tags,
        summary: 'Add an outcome criterion agreed with the provider',
        params: s.ContractParams,
        body: s.CriterionBody,
        response: { 201: s.ContractDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await addCriterion(req.ctx, req.params.contractId, req.body)),
  );
  app.put(
    '/api/contracts/:contractId/criteria/:criterionId',
    {
      schema: {
        tags,
        summary: 'Edit an outcome criterion',
        params: s.CriterionParams,
        body: s.CriterionBody,
        response: { 200: s.ContractDetail },
      },
    },
    (req) => updateCriterion(req.ctx, req.params.contractId, req.params.criterionId, req.body),
  );
  app.get(
    '/api/budgets',
    {
      schema: {
        tags,
        summary: 'Budget, committed, spent and remaining per line',
        querystring: s.BudgetQuery,
        response: { 200: s.BudgetOverview },
      },
    },
    (req) => budgetOverview(req.ctx, req.query),
  );
  app.put(
    '/api/budgets',
    {
      schema: {
        tags,
        summary: 'Set a budget line (municipality, year, line)',
        body: s.BudgetBody,
        response: { 200: s.BudgetFigure },
      },
    },
    (req) => putBudget(req.ctx, req.body),
  );
  app.get(
    '/api/care-arrangements',
    { schema: { tags, summary: 'Tailored and education-care arrangements', response: { 200: a.CareArrangementList } } },
    (req) => listArrangements(req.ctx),
  );
  app.post(
    '/api/care-arrangements',
    {
      schema: {
        tags,
        summary: 'Set up an arrangement (school, providers and their cost share, capacity)',
        body: a.ArrangementBody,
        response: { 201: a.CareArrangementDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await createArrangement(req.ctx, req.body)),
  );
  app.get(
    '/api/care-arrangements/:arrangementId',
    {
      schema: {
        tags,
        summary: 'An arrangement with places used and free, and its placements (no client data)',
        params: a.ArrangementParams,
        response: { 200: a.CareArrangementDetail },
      },
    },
    (req) => getArrangement(req.ctx, req.params.arrangementId),
  );
  app.put(
    '/api/care-arrangements/:arrangementId',
    {
      schema: {
        tags,
        summary: 'Edit an arrangement',
        params: a.ArrangementParams,
        body: a.ArrangementBody,
        response: { 200: a.CareArrangementDetail },
      },
    },
    (req) => updateArrangement(req.ctx, req.params.arrangementId, req.body),
  );
}
