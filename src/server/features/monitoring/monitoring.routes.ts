// HTTP routes of semester monitoring: periode and their windows, realisasi entry and workflow,
// comments, evidence files, the period dashboard and in-app notifications. Shapes come from the
// feature's contract (src/domain/contracts/monitoring.ts).
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/monitoring.ts';
import { auditContext } from '../../request-context.ts';
import { contractRoute } from '../../contract-route.ts';
import { notFound } from '../../errors.ts';
import { readUpload } from '../../uploads.ts';
import { mayReadEvidence } from '../../evidence-access.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { instansiOf } from '../../instansi.ts';
import * as periodes from './periode.service.ts';
import * as realisasi from './realisasi.service.ts';
import { periodDashboard } from './dashboard.service.ts';
import { remindBehind } from './reminders.service.ts';
import * as notifications from './notification.service.ts';

type App = Parameters<FastifyPluginAsyncZod>[0];

const tags = ['pemantauan'];
const actor = (req: FastifyRequest) => ({ audit: auditContext(req), roles: currentUser(req).roles });

function periodeRoutes(app: App) {
  app.route({
    ...contractRoute(contract.listPeriodes, {
      tags,
      summary: 'Periode pelaporan dan status jendela pengisian',
      permission: 'monitoring:read',
    }),
    handler: async (req) => periodes.listPeriodes(app.database.db, await instansiOf(req), req.query.year),
  });
  app.route({
    ...contractRoute(contract.setupPeriodes, {
      tags,
      summary: 'Siapkan periode satu tahun (semester atau triwulan)',
      permission: 'periode:manage',
    }),
    handler: async (req, reply) => {
      const instansiId = await instansiOf(req);
      const out = await periodes.setupYear(
        app.database.db,
        auditContext(req),
        instansiId,
        req.body.year,
        req.body.scheme,
      );
      // The contract's status (201); the answer is still encoded by its schema.
      reply.statusCode = 201;
      return out;
    },
  });
  app.route({
    ...contractRoute(contract.updatePeriodeWindow, {
      tags,
      summary: 'Ubah jendela pengisian',
      permission: 'periode:manage',
    }),
    handler: async (req) => periodes.updateWindow(app.database.db, auditContext(req), req.params.id, req.body),
  });
  app.route({
    ...contractRoute(contract.reopenPeriode, {
      tags,
      summary: 'Buka kembali periode terkunci (dengan alasan; dicatat)',
      permission: 'periode:manage',
    }),
    handler: async (req) => periodes.reopen(app.database.db, auditContext(req), req.params.id, req.body),
  });
  app.route({
    ...contractRoute(contract.closePeriode, {
      tags,
      summary: 'Tutup kembali periode yang dibuka kembali (sebelum tanggalnya; dicatat)',
      permission: 'periode:manage',
    }),
    handler: async (req) => periodes.closeAgain(app.database.db, auditContext(req), req.params.id, req.body.rowVersion),
  });
  app.route({
    ...contractRoute(contract.remindPeriode, {
      tags,
      summary: 'Kirim pengingat ke PD yang tertinggal (belum mengisi, draf, dikembalikan)',
      permission: 'periode:manage',
    }),
    handler: async (req) => remindBehind(app.database.db, auditContext(req), req.params.id, req.body.pdKeys),
  });
}

function realisasiRoutes(app: App) {
  app.route({
    ...contractRoute(contract.realisasiSample, {
      tags,
      summary:
        'Sampel berbasis risiko realisasi terverifikasi untuk reviu evaluator (semua yang ditandai + ≥ 10 % per verifikator)',
      permission: 'evaluasi:score',
    }),
    handler: async (req) => realisasi.sampleForReview(app.database.db, currentUser(req).roles, req.query.periodeId),
  });
  app.route({
    ...contractRoute(contract.listRealisasi, {
      tags,
      summary: 'Realisasi satu periode, dengan komentar dan bukti',
      permission: 'monitoring:read',
    }),
    handler: async (req) =>
      realisasi.listDetails(app.database.db, currentUser(req).roles, req.query.periodeId, req.query.pdKey),
  });
  app.route({
    ...contractRoute(contract.enterRealisasi, {
      tags,
      summary: 'Isi atau perbaiki realisasi (nilai menurut skala indikator; koma desimal diterima)',
      permission: 'realisasi:enter',
    }),
    handler: async (req) => realisasi.enter(app.database.db, actor(req), req.body),
  });
  app.route({
    ...contractRoute(contract.submitRealisasi, {
      tags,
      summary: 'Ajukan untuk verifikasi (kepala PD)',
      permission: 'realisasi:submit',
    }),
    handler: async (req) => realisasi.submit(app.database.db, actor(req), req.params.id),
  });
  app.route({
    ...contractRoute(contract.verifyRealisasi, {
      tags,
      summary: 'Verifikasi satu atau banyak realisasi (semua atau tidak sama sekali)',
      permission: 'realisasi:verify',
    }),
    handler: async (req) => realisasi.verify(app.database.db, actor(req), req.body.ids),
  });
  app.route({
    ...contractRoute(contract.returnRealisasi, {
      tags,
      summary: 'Kembalikan ke PD dengan alasan',
      permission: 'realisasi:verify',
    }),
    handler: async (req) => realisasi.returnToPd(app.database.db, actor(req), req.params.id, req.body.reason),
  });
  app.route({
    ...contractRoute(contract.commentRealisasi, {
      tags,
      summary: 'Komentar pada realisasi',
      permission: 'realisasi:comment',
    }),
    handler: async (req, reply) => {
      const out = await realisasi.comment(app.database.db, actor(req), req.params.id, req.body.body);
      reply.statusCode = 201;
      return out;
    },
  });
  app.route({
    ...contractRoute(contract.deleteRealisasi, {
      tags,
      summary: 'Hapus realisasi draf',
      permission: 'realisasi:enter',
    }),
    handler: async (req) => realisasi.remove(app.database.db, actor(req), req.params.id),
  });
}

function evidenceRoutes(app: App) {
  app.route({
    ...contractRoute(contract.uploadRealisasiEvidence, {
      tags,
      summary: 'Unggah bukti (PDF, gambar, xlsx, docx; jenis diperiksa dari isi)',
      permission: 'realisasi:enter',
    }),
    handler: async (req, reply) => {
      const upload = await readUpload(req, realisasi.MAX_EVIDENCE_BYTES);
      const out = await realisasi.attachEvidence(
        app.database.db,
        app.evidenceStore,
        actor(req),
        req.params.id,
        upload.fileName,
        upload.buf,
      );
      // The contract's status (201); the answer is still encoded by its schema.
      reply.statusCode = 201;
      return out;
    },
  });
  app.route({
    ...contractRoute(contract.detachRealisasiEvidence, {
      tags,
      summary: 'Lepas bukti dari realisasi',
      permission: 'realisasi:enter',
    }),
    handler: async (req) => realisasi.detachEvidence(app.database.db, actor(req), req.params.id, req.params.sha256),
  });
  app.route({
    ...contractRoute(contract.downloadEvidence, {
      tags,
      summary: 'Unduh berkas bukti',
      permission: 'monitoring:read',
    }),
    handler: async (req, reply) => {
      const file = await realisasi.findEvidenceFile(app.database.db, req.params.sha256);
      // A file the reader may not see answers as one that does not exist: no probing by hash.
      if (
        !file ||
        !app.evidenceStore.exists(file.sha256) ||
        !(await mayReadEvidence(app.database.db, currentUser(req).roles, file.sha256))
      )
        throw notFound({ id: 'Bukti', en: 'Evidence' }, req.params.sha256);
      const ext = file.kind === 'jpeg' ? 'jpg' : file.kind;
      return (
        reply
          .type(file.mime)
          .header('content-disposition', `attachment; filename="bukti-${file.sha256.slice(0, 12)}.${ext}"`)
          .header('x-content-type-options', 'nosniff')
          // A `binaryFile` answer: Fastify sends the stream as is, the serializer never sees it.
          .send(app.evidenceStore.read(file.sha256))
      );
    },
  });
}

function dashboardAndNotificationRoutes(app: App) {
  app.route({
    ...contractRoute(contract.periodDashboard, {
      tags,
      summary: 'Dasbor periode: capaian, status, peringatan dini, kelengkapan',
      permission: 'monitoring:read',
    }),
    handler: async (req) => periodDashboard(app.database.db, currentUser(req).roles, req.query.periodeId),
  });
  app.route({
    ...contractRoute(contract.listNotifications, { tags, summary: 'Notifikasi saya', permission: 'session' }),
    handler: async (req) => notifications.listNotifications(app.database.db, currentUser(req)),
  });
  app.route({
    ...contractRoute(contract.markNotificationRead, {
      tags,
      summary: 'Tandai notifikasi sudah dibaca',
      permission: 'session',
    }),
    handler: async (req) => notifications.markRead(app.database.db, currentUser(req), req.params.id),
  });
}

export const monitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  periodeRoutes(app);
  realisasiRoutes(app);
  evidenceRoutes(app);
  dashboardAndNotificationRoutes(app);
};
