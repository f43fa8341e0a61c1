import ExcelJS from 'exceljs';
import { formatChineseDate } from './notice-html.ts';
import type { NoticeView } from './notices.schemas.ts';

/** The notice as a workbook: the same lines and period as the printed page, for posting or filing. */
export async function renderNoticeXlsx(notice: NoticeView): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('公示', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 8 }, { width: 14 }, { width: 24 }, { width: 22 }, { width: 16 }];
  sheet.mergeCells('A1:E1');
  sheet.getCell('A1').value = notice.title;
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.mergeCells('A2:E2');
  sheet.getCell('A2').value = `公示期：${formatChineseDate(notice.startsOn)}至${formatChineseDate(notice.endsOn)}`;
  const header = sheet.addRow(['序号', '户主姓名', '公民身份号码', '所在村', notice.step === 'notice' ? '原致贫原因' : '致贫原因']);
  header.font = { bold: true };
  notice.entries.forEach((e, i) => sheet.addRow([i + 1, e.headName, e.idNumberMasked ?? '', e.villageName, e.mainCause ?? '']));
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const bytes = new Uint8Array(new ArrayBuffer(written.byteLength));
  bytes.set(written);
  return bytes;
}
