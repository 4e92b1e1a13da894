// HTTP routes of the annual internal evaluation: LKE configurations, the year's worksheet and its
// lines, closing/reopening, the Indeks RB history, and the report downloads. Shapes come from the
// feature's contract (src/domain/contracts/evaluasi.ts).
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/evaluasi.ts';
import { contractRoute } from '../../contract-route.ts';
import { auditContext } from '../../request-context.ts';
import { instansiOf } from '../../instansi.ts';
import * as configs from './lke-config.service.ts';
import * as service from './evaluasi.service.ts';
import * as history from './indeks-history.service.ts';
import { evaluasiReportPdf, evaluasiReportXlsx } from './evaluasi-report.ts';
import { evidenceCandidates } from './evaluasi-evidence.ts';
import { currentUser } from '../auth/auth.plugin.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const evaluasiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['evaluasi'];
  const db = () => app.database.db;
  const instansi = (req: FastifyRequest) => instansiOf(req);
  const read = 'evaluasi:read';
  const score = 'evaluasi:score';

  app.route({
    ...contractRoute(contract.listLkeConfigs, { tags, summary: 'Daftar konfigurasi LKE', permission: read }),
    handler: async () => configs.listConfigs(db()),
  });
  app.route({
    ...contractRoute(contract.getLkeConfig, {
      tags,
      summary: 'Konfigurasi LKE (pohon komponen, bobot, rentang, predikat)',
      permission: read,
    }),
    handler: async (req) => configs.getConfig(db(), req.params.id),
  });
  app.route({
    ...contractRoute(contract.cloneLkeConfig, {
      tags,
      summary: 'Salin konfigurasi LKE untuk tahun baru',
      permission: 'lke:configure',
    }),
    handler: async (req, reply) => {
      const out = await configs.cloneConfig(db(), auditContext(req), req.params.id, req.body);
      return reply.status(201).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.updateLkeConfig, {
      tags,
      summary: 'Ubah konfigurasi LKE (diperiksa: jumlah bobot, rentang, pengali, predikat)',
      permission: 'lke:configure',
    }),
    handler: async (req) => configs.updateConfig(db(), auditContext(req), req.params.id, req.body),
  });

  app.route({
    ...contractRoute(contract.listEvaluasi, {
      tags,
      summary: 'Daftar evaluasi per tahun dengan Indeks RB',
      permission: read,
    }),
    handler: async (req) => service.listEvaluasi(db(), await instansi(req)),
  });
  app.route({
    ...contractRoute(contract.startEvaluasi, {
      tags,
      summary: 'Mulai evaluasi tahun ini (lembar kerja diisi awal dari realisasi terverifikasi)',
      permission: score,
    }),
    handler: async (req, reply) => {
      const out = await service.startEvaluasi(db(), auditContext(req), await instansi(req), req.body.year);
      return reply.status(201).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.getWorksheet, {
      tags,
      summary: 'Lembar kerja evaluasi: baris, nilai, skor, Indeks RB, predikat, prioritas',
      permission: read,
    }),
    handler: async (req) => service.worksheet(db(), currentUser(req).roles, await instansi(req), req.params.year),
  });
  app.route({
    ...contractRoute(contract.updateEvaluasi, {
      tags,
      summary: 'Koefisien dan penilaian kualitas rencana aksi',
      permission: score,
    }),
    handler: async (req) =>
      service.updateEvaluasi(db(), auditContext(req), await instansi(req), req.params.year, req.body),
  });
  app.route({
    ...contractRoute(contract.updateLine, {
      tags,
      summary: 'Isi baris lembar kerja: nilai, berlaku/tidak, dokumen sumber, catatan, status',
      permission: score,
    }),
    handler: async (req) =>
      service.updateLine(db(), auditContext(req), await instansi(req), req.params.year, req.params.code, req.body),
  });
  app.route({
    ...contractRoute(contract.applyPrefill, {
      tags,
      summary: 'Terapkan nilai dari realisasi terverifikasi (default: baris yang masih kosong)',
      permission: score,
    }),
    handler: async (req) =>
      service.applyPrefill(db(), auditContext(req), await instansi(req), req.params.year, req.body.lineCodes),
  });
  app.route({
    ...contractRoute(contract.listEvidenceCandidates, {
      tags,
      summary: 'Berkas bukti pemantauan tahun ini yang dapat dicatat sebagai bukti yang diperiksa',
      permission: read,
    }),
    handler: async (req) => evidenceCandidates(db(), currentUser(req).roles, await instansi(req), req.params.year),
  });
  app.route({
    ...contractRoute(contract.addLineEvidence, {
      tags,
      summary: 'Catat bukti yang diperiksa (berkas bukti pemantauan yang sudah tersimpan)',
      permission: score,
    }),
    handler: async (req, reply) => {
      const { year, code } = req.params;
      const out = await service.addLineEvidence(db(), auditContext(req), await instansi(req), year, code, req.body);
      return reply.status(201).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.removeLineEvidence, { tags, summary: 'Lepas bukti dari baris', permission: score }),
    handler: async (req) => {
      const { year, code, sha256 } = req.params;
      return service.removeLineEvidence(db(), auditContext(req), await instansi(req), year, code, sha256);
    },
  });
  app.route({
    ...contractRoute(contract.closeEvaluasi, {
      tags,
      summary: 'Tutup evaluasi (nilai dibekukan, tercatat di riwayat)',
      permission: score,
    }),
    handler: async (req) =>
      service.closeEvaluasi(db(), auditContext(req), await instansi(req), req.params.year, req.body.rowVersion),
  });
  app.route({
    ...contractRoute(contract.reopenEvaluasi, {
      tags,
      summary: 'Buka kembali evaluasi yang ditutup (dengan alasan)',
      permission: score,
    }),
    handler: async (req) =>
      service.reopenEvaluasi(db(), auditContext(req), await instansi(req), req.params.year, req.body),
  });
  app.route({
    ...contractRoute(contract.evaluasiReportXlsx, {
      tags,
      summary: 'Laporan evaluasi internal (xlsx)',
      permission: read,
    }),
    handler: async (req, reply) => {
      const buf = await evaluasiReportXlsx(db(), currentUser(req).roles, await instansi(req), req.params.year);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="laporan-evaluasi-rb-${req.params.year}.xlsx"`)
        .send(buf); // binaryFile: a Buffer is sent as is, never serialized
    },
  });
  app.route({
    ...contractRoute(contract.evaluasiReportPdf, {
      tags,
      summary: 'Laporan evaluasi internal (PDF)',
      permission: read,
    }),
    handler: async (req, reply) => {
      const buf = await evaluasiReportPdf(db(), currentUser(req).roles, await instansi(req), req.params.year);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="laporan-evaluasi-rb-${req.params.year}.pdf"`)
        .send(buf); // binaryFile: a Buffer is sent as is, never serialized
    },
  });

  app.route({
    ...contractRoute(contract.listIndeksHistory, {
      tags,
      summary: 'Riwayat Indeks RB dan predikat',
      permission: read,
    }),
    handler: async (req) => history.listHistory(db(), await instansi(req)),
  });
  app.route({
    ...contractRoute(contract.addIndeksHistory, {
      tags,
      summary: 'Catat Indeks RB tahun lalu (dari regulasi atau hasil nasional)',
      permission: score,
    }),
    handler: async (req, reply) => {
      const out = await history.addHistory(db(), auditContext(req), await instansi(req), req.body);
      return reply.status(201).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.removeIndeksHistory, {
      tags,
      summary: 'Hapus catatan riwayat Indeks RB',
      permission: score,
    }),
    handler: async (req) => history.removeHistory(db(), auditContext(req), req.params.id),
  });
};
