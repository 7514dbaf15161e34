/**
 * The data-loss guard: when a disappearance is allowed (a `moved` block, a declared removal), and the
 * exact texts of the refusal, the summary and the warnings.
 */
import { assertNoDataLoss, checkDataLoss, DataLossError, formatAllowed, formatDataLoss } from '../../../../synth/gates/data-loss';
import { pvc, site, tf, VM, yaml } from '../../../support/data-loss';

describe('allowed disappearances', () => {
  const previous = new Map([['terraform/nodes/cdk.tf.json', tf(VM)]]);
  const renamed = (moved: object[]) =>
    new Map([
      [
        'terraform/nodes/cdk.tf.json',
        tf({
          resource: { libvirt_domain: { w2_domain_FFFF: {} }, libvirt_volume: { 'w2_disk-os_1111': {}, 'w2_disk-data_2222': { lifecycle: { prevent_destroy: true } } } },
          moved,
        }),
      ],
    ]);

  test('a moved block to an address of the new output covers the old address; one to a missing address does not', () => {
    const r = checkDataLoss(
      previous,
      renamed([
        { to: 'libvirt_domain.w2_domain_FFFF', from: 'libvirt_domain.w1_domain_EEEE' },
        { to: 'libvirt_volume.w2_disk-os_1111', from: 'libvirt_volume.w1_disk-os_AAAA' },
        { to: 'libvirt_volume.w2_disk-data_9999', from: 'libvirt_volume.w1_disk-data_BBBB' },
      ]),
      site(),
    );
    expect(r.moved.map((m) => `${m.object} -> ${m.to}`)).toEqual([
      'terraform/nodes/libvirt_domain.w1_domain_EEEE -> terraform/nodes/libvirt_domain.w2_domain_FFFF',
      'terraform/nodes/libvirt_volume.w1_disk-os_AAAA -> terraform/nodes/libvirt_volume.w2_disk-os_1111',
    ]);
    expect(r.lost.map((s) => s.object)).toEqual(['terraform/nodes/libvirt_volume.w1_disk-data_BBBB']);
    expect(formatAllowed(r).summary).toEqual([
      'moved    terraform/nodes/libvirt_domain.w1_domain_EEEE -> terraform/nodes/libvirt_domain.w2_domain_FFFF',
      'moved    terraform/nodes/libvirt_volume.w1_disk-os_AAAA -> terraform/nodes/libvirt_volume.w2_disk-os_1111',
    ]);
  });

  test('a moved block of another stack does not count', () => {
    const next = new Map([...renamed([]), ['terraform/other/cdk.tf.json', tf({ resource: { libvirt_domain: { w2_domain_FFFF: {} } }, moved: [{ from: 'libvirt_domain.w1_domain_EEEE', to: 'libvirt_domain.w2_domain_FFFF' }] })]]);
    expect(checkDataLoss(previous, next, site()).lost.map((s) => s.object)).toContain('terraform/nodes/libvirt_domain.w1_domain_EEEE');
  });

  test('declared removals, by id or with *, carry their reason; one that matches nothing is reported as unused', () => {
    const r = checkDataLoss(
      previous,
      new Map(),
      site({
        removals: [
          { object: 'terraform/nodes/libvirt_domain.w1_domain_EEEE', reason: 'node w1 is decommissioned' },
          { object: 'terraform/nodes/libvirt_volume.w1_*', reason: 'its disks were backed up' },
          { object: 'clusters/c/PersistentVolumeClaim/apps/gone', reason: 'already deleted last week' },
        ],
      }),
    );
    expect(r.lost).toEqual([]);
    expect(r.removed.map((x) => [x.object, x.removal, x.reason])).toEqual([
      ['terraform/nodes/libvirt_domain.w1_domain_EEEE', 0, 'node w1 is decommissioned'],
      ['terraform/nodes/libvirt_volume.w1_disk-data_BBBB', 1, 'its disks were backed up'],
      ['terraform/nodes/libvirt_volume.w1_disk-os_AAAA', 1, 'its disks were backed up'],
    ]);
    expect(r.unusedRemovals).toEqual([{ removal: 2, object: 'clusters/c/PersistentVolumeClaim/apps/gone' }]);
    expect(formatAllowed(r)).toEqual({
      summary: [
        'removed  terraform/nodes/libvirt_domain.w1_domain_EEEE: node w1 is decommissioned',
        'removed  terraform/nodes/libvirt_volume.w1_disk-data_BBBB: its disks were backed up',
        'removed  terraform/nodes/libvirt_volume.w1_disk-os_AAAA: its disks were backed up',
      ],
      warnings: ['warning: changes.removals[2] (clusters/c/PersistentVolumeClaim/apps/gone) matches nothing this synth removes: delete it once `terraform apply` has made the removal (npm run plan still needs it until then)'],
    });
  });

  test('a removal id without * is exact: it does not match a longer id', () => {
    const r = checkDataLoss(previous, new Map(), site({ removals: [{ object: 'terraform/nodes/libvirt_domain.w1', reason: 'a prefix only, not a glob' }] }));
    expect(r.lost.map((s) => s.object)).toContain('terraform/nodes/libvirt_domain.w1_domain_EEEE');
    expect(r.unusedRemovals).toHaveLength(1);
  });
});

describe('the refusal', () => {
  const previous = new Map([
    ['terraform/nodes/cdk.tf.json', tf(VM)],
    ['clusters/c/apps/a/data.yaml', yaml(pvc('data'))],
  ]);

  test('names each object, what it is and where it was, and both ways out', () => {
    const r = checkDataLoss(previous, new Map(), site());
    expect(formatDataLoss(r).split('\n')).toEqual([
      'data loss: this output would destroy 4 stateful objects of the previous one (nothing written):',
      '    clusters/c/PersistentVolumeClaim/apps/data (PersistentVolumeClaim, in clusters/c/apps/a/data.yaml)',
      '    terraform/nodes/libvirt_domain.w1_domain_EEEE (VM, in terraform/nodes/cdk.tf.json)',
      '    terraform/nodes/libvirt_volume.w1_disk-data_BBBB (disk, in terraform/nodes/cdk.tf.json)',
      '    terraform/nodes/libvirt_volume.w1_disk-os_AAAA (disk, in terraform/nodes/cdk.tf.json)',
      '  fix: undo the change; or, for a renamed node, declare the rename in the site (changes.renames: [{ node: <old name>, to: <new name> }]: its VM and disks move to the new name);',
      '  or, if the data may go, declare each removal with its reason (changes.removals: [{ object: <id above, * for any characters>, reason: <why> }])',
    ]);
    expect(formatDataLoss({ lost: r.lost.slice(0, 1) }).split('\n')[0]).toBe('data loss: this output would destroy 1 stateful object of the previous one (nothing written):');
    expect(formatDataLoss({ lost: [] })).toBe('');
  });

  test('assertNoDataLoss throws it as a user error, and returns the summary when nothing is lost', () => {
    let error: unknown;
    try {
      assertNoDataLoss(previous, new Map(), site());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataLossError);
    expect((error as DataLossError).userError).toBe(true);
    expect((error as DataLossError).message).toBe(formatDataLoss((error as DataLossError).result));
    expect(assertNoDataLoss(previous, previous, site())).toEqual({ result: { lost: [], removed: [], moved: [], unusedRemovals: [] }, summary: [], warnings: [] });
  });
});
