/**
 * Hardware for the demo workshop, written in the formats the real tools send: a glpi-agent JSON
 * inventory and an nwipe 0.34 log. The demo goes through the same parsers and rules as real
 * machines, so what the demo shows is what the workshop will see.
 */
export interface DemoMachine {
  kind: 'laptop' | 'desktop';
  make: string;
  model: string;
  serial: string;
  cpu: { name: string; cores: number; threads: number; speedMhz: number };
  ramMb: number;
  disk: { name: string; model: string; serial: string; sizeMb: number; type: 'SSD' | 'HDD'; interface: string };
  /** Laptops: design and current capacity in mWh. */
  battery?: { designMwh: number; currentMwh: number };
}

/** Eight common donated models: business machines of 2015–2019 with their real specifications. */
export const DEMO_MODELS: Omit<DemoMachine, 'serial' | 'disk'>[] = [
  {
    kind: 'laptop',
    make: 'Dell Inc.',
    model: 'Latitude E7470',
    cpu: { name: 'Intel(R) Core(TM) i5-6300U CPU @ 2.40GHz', cores: 2, threads: 4, speedMhz: 2400 },
    ramMb: 8192,
    battery: { designMwh: 55000, currentMwh: 46200 },
  },
  {
    kind: 'laptop',
    make: 'LENOVO',
    model: 'ThinkPad T460',
    cpu: { name: 'Intel(R) Core(TM) i5-6200U CPU @ 2.30GHz', cores: 2, threads: 4, speedMhz: 2300 },
    ramMb: 8192,
    battery: { designMwh: 46000, currentMwh: 31300 },
  },
  {
    kind: 'desktop',
    make: 'HP',
    model: 'EliteDesk 800 G2 SFF',
    cpu: { name: 'Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz', cores: 4, threads: 4, speedMhz: 3200 },
    ramMb: 8192,
  },
  {
    kind: 'laptop',
    make: 'HP',
    model: 'ProBook 650 G2',
    cpu: { name: 'Intel(R) Core(TM) i3-6100U CPU @ 2.30GHz', cores: 2, threads: 4, speedMhz: 2300 },
    ramMb: 4096,
    battery: { designMwh: 48000, currentMwh: 40300 },
  },
  {
    kind: 'desktop',
    make: 'Dell Inc.',
    model: 'OptiPlex 7040',
    cpu: { name: 'Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz', cores: 4, threads: 4, speedMhz: 3200 },
    ramMb: 16384,
  },
  {
    kind: 'laptop',
    make: 'LENOVO',
    model: 'ThinkPad X250',
    cpu: { name: 'Intel(R) Core(TM) i5-5300U CPU @ 2.30GHz', cores: 2, threads: 4, speedMhz: 2300 },
    ramMb: 4096,
    battery: { designMwh: 23200, currentMwh: 11100 },
  },
  {
    kind: 'desktop',
    make: 'FUJITSU',
    model: 'ESPRIMO P420',
    cpu: { name: 'Intel(R) Pentium(R) CPU G3220 @ 3.00GHz', cores: 2, threads: 2, speedMhz: 3000 },
    ramMb: 2048,
  },
  {
    kind: 'laptop',
    make: 'Dell Inc.',
    model: 'Latitude 5490',
    cpu: { name: 'Intel(R) Core(TM) i5-8350U CPU @ 1.70GHz', cores: 4, threads: 8, speedMhz: 1700 },
    ramMb: 8192,
    battery: { designMwh: 68000, currentMwh: 61900 },
  },
];

const DEMO_DISKS: DemoMachine['disk'][] = [
  { name: 'sda', model: 'SAMSUNG MZ7LN256HAJQ', serial: '', sizeMb: 244198, type: 'SSD', interface: 'SATA' },
  { name: 'sda', model: 'ST500LM021-1KJ152', serial: '', sizeMb: 476940, type: 'HDD', interface: 'SATA' },
  { name: 'nvme0n1', model: 'PM981 NVMe SAMSUNG 256GB', serial: '', sizeMb: 244198, type: 'SSD', interface: 'NVME' },
  { name: 'sda', model: 'WDC WD5000AAKX-08ERMA0', serial: '', sizeMb: 476940, type: 'HDD', interface: 'SATA' },
];

/** A deterministic demo machine: same index, same machine (serials say DEMO). */
export function demoMachine(index: number): DemoMachine {
  const model = DEMO_MODELS[index % DEMO_MODELS.length]!;
  const disk = DEMO_DISKS[index % DEMO_DISKS.length]!;
  const n = String(index + 1).padStart(4, '0');
  return { ...model, serial: `DEMO${n}SN`, disk: { ...disk, serial: `DEMODISK${n}` } };
}

/** The JSON inventory glpi-agent would post for this machine (inventory_format, partial false). */
export function demoInventoryJson(m: DemoMachine, tag: string): Buffer {
  const content: Record<string, unknown> = {
    bios: { ssn: m.serial, smanufacturer: m.make, smodel: m.model, mmanufacturer: m.make },
    hardware: { name: 'donor-pc', memory: m.ramMb, chassis_type: m.kind === 'laptop' ? 'Notebook' : 'Desktop' },
    cpus: [
      {
        name: m.cpu.name,
        core: m.cpu.cores,
        thread: m.cpu.threads,
        speed: m.cpu.speedMhz,
        arch: 'x86_64',
        manufacturer: 'Intel',
      },
    ],
    memories: [{ capacity: m.ramMb, caption: 'DIMM 0', type: 'DDR4', numslots: 1 }],
    storages: [
      {
        name: m.disk.name,
        model: m.disk.model,
        serial: m.disk.serial,
        disksize: m.disk.sizeMb,
        interface: m.disk.interface,
        type: 'disk',
        description: m.disk.type === 'SSD' ? 'SSD' : 'HDD',
      },
    ],
    operatingsystem: {
      name: 'Debian GNU/Linux',
      version: '12',
      full_name: 'Debian GNU/Linux 12 (bookworm)',
      arch: 'x86_64',
    },
    softwares: [
      { name: 'gcompris-qt', version: '3.1-2', publisher: 'Debian', arch: 'amd64' },
      { name: 'tuxpaint', version: '1:0.9.28-1', publisher: 'Debian', arch: 'amd64' },
      { name: 'libreoffice-writer', version: '4:7.4.7-1', publisher: 'Debian', arch: 'amd64' },
    ],
    versionclient: 'GLPI-Agent_v1.12-dev',
  };
  if (m.battery) {
    content.batteries = [
      {
        name: 'Primary',
        manufacturer: m.make,
        chemistry: 'Li-ion',
        capacity: m.battery.designMwh,
        real_capacity: m.battery.currentMwh,
        voltage: 11400,
        date: '2017-03-14',
      },
    ];
  }
  const body = {
    action: 'inventory',
    deviceid: `donor-pc-${m.serial}`,
    itemtype: 'Computer',
    tag,
    partial: false,
    content,
  };
  return Buffer.from(JSON.stringify(body));
}

/** The log nwipe 0.34 writes for a zero fill with verification of the last pass. */
export function demoNwipeLog(m: DemoMachine, startedAt: Date, ok: boolean): Buffer {
  const t = (d: Date) => {
    const p = (v: number) => String(v).padStart(2, '0');
    return `[${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}]`;
  };
  const end = new Date(startedAt.getTime() + 47 * 60_000);
  const dev = `/dev/${m.disk.name}`;
  const short = m.disk.name.padStart(9, ' ');
  const bytes = m.disk.sizeMb * 1024 * 1024;
  const a = t(startedAt);
  const b = t(end);
  const lines = [
    `${a}  notice: Found ${dev}, ATA, ${m.disk.model}, ${Math.round(m.disk.sizeMb / 1024)} GB, S/N=${m.disk.serial}`,
    `${a}  notice: Program options are set as follows...`,
    `${a}  notice:   autonuke = 1 (on)`,
    `${a}  notice:   banner   = nwipe 0.34`,
    `${a}  notice:   prng     = Isaac64`,
    `${a}  notice:   method   = Fill With Zeros`,
    `${a}  notice:   quiet    = 0`,
    `${a}  notice:   rounds   = 1`,
    `${a}  notice:   sync     = 100000`,
    `${a}  notice:   verify   = 1 (last pass)`,
    `${a}  notice: Invoking method 'Fill With Zeros' on ${dev}`,
    `${a}  notice: Starting round 1 of 1 on ${dev}`,
    `${a}  notice: Starting pass 1/1, round 1/1, on ${dev}`,
    `${b}  notice: ${bytes} bytes written to ${dev}`,
    `${b}  notice: Finished pass 1/1, round 1/1, on ${dev}`,
    `${b}  notice: Finished final round 1 of 1 on ${dev}`,
    `${b}  notice: Blanking device ${dev}`,
    `${b}  notice: Verifying that ${dev} is empty.`,
  ];
  if (ok) {
    lines.push(
      `${b}  notice: [SUCCESS] Verified that ${dev} is empty.`,
      `${b}  notice: [SUCCESS] Blanked device ${dev}`,
    );
  } else {
    lines.push(
      `${b}   error: [FAILURE] ${dev} has not been Zeroed .`,
      `${b}   error: 1024 verification errors on '${dev}'.`,
      `${b}   fatal: Nwipe exited with errors on device = ${dev}, see log for specific error`,
      '',
      `${b}   debug: Status: ${dev}, result=1, pass_errors=0, verify_errors=1024, fsync_errors=0`,
    );
  }
  lines.push(
    '',
    '******************************** Error Summary *********************************',
    '!   Device | Pass Errors | Verifications Errors | Fdatasync I\\O Errors',
    '--------------------------------------------------------------------------------',
    `${ok ? ' ' : '!'}${short} |           0 |${String(ok ? 0 : 1024).padStart(21, ' ')} |                    0`,
    '********************************************************************************',
    '',
    '********************************* Drive Status *********************************',
    '!   Device | Status | Thru-put | HH:MM:SS | Model/Serial Number',
    '--------------------------------------------------------------------------------',
    `${ok ? ' ' : '!'}${short} |${ok ? ' Erased ' : '-FAILED-'}| 86 MB/s | 00:47:00 | ${m.disk.model}/${m.disk.serial}`,
    '--------------------------------------------------------------------------------',
    `${b} Total Throughput  86 MB/s, Fill With Zeros, 1R+B+VL`,
    '********************************************************************************',
    '',
    ok
      ? `${b}    info: Nwipe successfully completed. See summary table for details.`
      : `${b}    info: Nwipe exited with errors, check the log & summary table for individual drive status.`,
    '',
  );
  return Buffer.from(lines.join('\n'));
}
