/** What the infra app builds on Proxmox (examples/), and the state backends of every stack. */
import * as path from 'path';
import { macOf } from '../../../infra/backends/common';
import { localStatePath } from '../../../infra/stacks/base';
import { type Json, resources, siteOf, strip, synth } from '../../support/stacks';

describe('Proxmox backend', () => {
  const minimal = siteOf('examples/proxmox-minimal.yaml');
  const multi = siteOf('examples/multi-cluster.yaml');
  const m = synth(minimal);
  const mc = synth(multi);

  it('downloads each image once, as import content', () => {
    expect(resources(m.network, 'proxmox_virtual_environment_download_file')).toEqual({
      'image-debian': { node_name: 'pve', datastore_id: 'local', content_type: 'import', url: minimal.spec.images.debian.url, file_name: 'pve-lab-debian.qcow2' },
      'image-ubuntu': { node_name: 'pve', datastore_id: 'local', content_type: 'import', url: minimal.spec.images.ubuntu.url, file_name: 'pve-lab-ubuntu.qcow2' },
    });
  });

  it('passes a pinned image checksum to the download', () => {
    const s = siteOf('examples/proxmox-minimal.yaml', (doc) => {
      doc.images.debian.checksum = `sha512:${'a'.repeat(128)}`;
    });
    expect(resources(synth(s).network, 'proxmox_virtual_environment_download_file')['image-debian']).toMatchObject({ checksum: 'a'.repeat(128), checksum_algorithm: 'sha512' });
  });

  it('imports the OS disk from the downloaded image and sizes every disk from the site', () => {
    const vms = resources(m.nodes, 'proxmox_virtual_environment_vm');
    expect(Object.keys(vms)).toEqual(minimal.vms.map((n) => n.name));
    for (const node of minimal.vms) {
      const dl = resources(m.network, 'proxmox_virtual_environment_download_file')[`image-${node.image}`];
      expect(vms[node.name].disk).toEqual([{ datastore_id: 'local-lvm', interface: 'virtio0', import_from: `${dl.datastore_id}:import/${dl.file_name}`, size: node.disks[0].sizeGiB, iothread: true, discard: 'on' }]);
      expect(vms[node.name]).toMatchObject({ name: node.name, node_name: 'pve', cpu: { cores: node.cpu }, memory: { dedicated: node.memoryMiB }, started: true, on_boot: true });
    }
    const worker = resources(mc.nodes, 'proxmox_virtual_environment_vm')['gordito-worker'];
    expect(worker.disk.map((d: Json) => [d.interface, d.size, d.datastore_id])).toEqual([
      ['virtio0', 40, 'local-zfs'],
      ['virtio1', 200, 'local-zfs'],
    ]);
  });

  it("puts NICs on the network's bridge and VLAN with the node MAC, every field present (attribute syntax)", () => {
    const vm = resources(mc.nodes, 'proxmox_virtual_environment_vm')['gordito-cp'];
    expect(vm.network_device).toEqual([
      { bridge: 'vmbr0', model: 'virtio', mac_address: macOf(multi.node('gordito-cp')), vlan_id: 10, enabled: true, firewall: false, disconnected: false, mtu: null, queues: null, rate_limit: null, trunks: null },
    ]);
    expect(resources(m.nodes, 'proxmox_virtual_environment_vm')['k8s-cp1'].network_device[0]).toMatchObject({ bridge: 'vmbr0', vlan_id: null });
  });

  it('configures the static address and DNS, and user data as a snippet', () => {
    const vms = resources(m.nodes, 'proxmox_virtual_environment_vm');
    const files = resources(m.nodes, 'proxmox_virtual_environment_file');
    for (const node of minimal.vms) {
      const init = vms[node.name].initialization;
      expect(init.ip_config).toEqual([{ ipv4: { address: `${node.address}/24`, gateway: '192.168.1.1' } }]);
      expect(init.dns).toEqual({ domain: 'lab.example.net', servers: ['192.168.1.1'] });
      expect(init.user_data_file_id).toBe(`\${proxmox_virtual_environment_file.${node.name}-user-data.id}`);
      // First boot only: neither a changed snippet (unknown id: ForceNew) nor changed cloud-init
      // settings (a new drive, a reboot, a new instance id) reach a VM that exists; nor a new image.
      expect(vms[node.name].lifecycle.ignore_changes).toEqual(['disk[0].import_from', 'initialization']);
      expect(files[`${node.name}-user-data`]).toMatchObject({ content_type: 'snippets', datastore_id: 'local', node_name: 'pve', source_raw: { file_name: `pve-lab-${node.name}-user-data.yaml` } });
      // Written once: its content is the VM's cloud-init instance id.
      expect(files[`${node.name}-user-data`].lifecycle).toEqual({ ignore_changes: 'all' });
      expect(files[`${node.name}-user-data`].source_raw.data).toMatch(/^#cloud-config\n/);
    }
  });

  it('protects VMs with stateful disks or etcd (k3s servers) from destroy', () => {
    const vms = resources(mc.nodes, 'proxmox_virtual_environment_vm');
    expect(Object.keys(vms)).toEqual(['gordito-cp', 'gordito-worker', 'data-cp']);
    expect(Object.fromEntries(Object.entries(vms).map(([k, v]) => [k, v.lifecycle?.prevent_destroy ?? false]))).toEqual({ 'gordito-cp': true, 'gordito-worker': true, 'data-cp': true });
    const pve = resources(synth(siteOf('examples/proxmox-minimal.yaml')).nodes, 'proxmox_virtual_environment_vm');
    expect(Object.fromEntries(Object.entries(pve).map(([k, v]) => [k, v.lifecycle?.prevent_destroy ?? false]))).toEqual({ 'k8s-cp1': true, 'k8s-worker1': false, 'k8s-worker2': false, automation: false, client: false });
  });

  it('an external storage node (the NAS) gets no VM and no first-boot output; an external gateway keeps its output', () => {
    expect(Object.keys(resources(mc.nodes, 'proxmox_virtual_environment_vm'))).not.toContain('nas');
    expect(mc.nodes.output).toBeUndefined();
    expect(Object.keys(synth(siteOf('site.yaml')).nodes.output).filter((k) => k.startsWith('bootstrap_'))).toEqual(['bootstrap_wg_gateway']);
  });

  it('boots Flatcar with its Ignition config as a snippet handed to QEMU through fw_cfg', () => {
    const s = siteOf('examples/proxmox-minimal.yaml', (doc) => {
      doc.images.flatcar = { os: 'flatcar', url: 'https://stable.release.flatcar-linux.net/amd64-usr/current/flatcar_production_qemu_image.img' };
      doc.nodes.find((n: Json) => n.name === 'k8s-worker1').image = 'flatcar';
    });
    const out = synth(s);
    const vm = resources(out.nodes, 'proxmox_virtual_environment_vm')['k8s-worker1'];
    const snippet = resources(out.nodes, 'proxmox_virtual_environment_file')['k8s-worker1-ignition'];
    expect(snippet).toMatchObject({ content_type: 'snippets', datastore_id: 'local', source_raw: { file_name: 'pve-lab-k8s-worker1.ign' } });
    expect(JSON.parse(snippet.source_raw.data).ignition.version).toMatch(/^3\./);
    expect(vm.kvm_arguments).toBe('-fw_cfg name=opt/org.flatcar-linux/config,file=/var/lib/vz/snippets/pve-lab-k8s-worker1.ign');
    expect(vm.initialization).toBeUndefined();
    // QEMU reads the snippet by path when the VM starts: the upload must come first.
    expect(vm.depends_on).toEqual(['proxmox_virtual_environment_file.k8s-worker1-ignition']);
    expect(vm.lifecycle).toEqual({ ignore_changes: ['disk[0].import_from'] });
    expect(snippet.lifecycle).toEqual({ ignore_changes: 'all' });
    expect(vm.disk[0].import_from).toBe('local:import/pve-lab-flatcar.qcow2');
  });

  it('keeps the snippet file names of a renamed node: its VM reads them by name', () => {
    const s = siteOf('examples/proxmox-minimal.yaml', (doc) => {
      doc.images.flatcar = { os: 'flatcar', url: 'https://stable.release.flatcar-linux.net/amd64-usr/current/flatcar_production_qemu_image.img' };
      Object.assign(doc.nodes.find((n: Json) => n.name === 'k8s-worker1'), { name: 'k8s-worker7', image: 'flatcar' });
      doc.nodes.find((n: Json) => n.name === 'k8s-worker2').name = 'k8s-worker8';
      doc.clusters[0].nodes = ['k8s-cp1', 'k8s-worker7', 'k8s-worker8'];
      doc.changes = { renames: [{ node: 'k8s-worker1', to: 'k8s-worker7' }, { node: 'k8s-worker2', to: 'k8s-worker8' }] };
    });
    const out = synth(s);
    const files = resources(out.nodes, 'proxmox_virtual_environment_file');
    expect(files['k8s-worker7-ignition'].source_raw.file_name).toBe('pve-lab-k8s-worker1.ign');
    expect(resources(out.nodes, 'proxmox_virtual_environment_vm')['k8s-worker7'].kvm_arguments).toBe('-fw_cfg name=opt/org.flatcar-linux/config,file=/var/lib/vz/snippets/pve-lab-k8s-worker1.ign');
    expect(files['k8s-worker8-user-data'].source_raw.file_name).toBe('pve-lab-k8s-worker2-user-data.yaml');
    expect(resources(out.nodes, 'proxmox_virtual_environment_vm')['k8s-worker8'].name).toBe('k8s-worker8');
  });

  it('configures the provider with a sensitive token variable and SSH for snippet uploads', () => {
    expect(strip(m.nodes.provider.proxmox)).toEqual([
      { endpoint: 'https://192.168.1.10:8006/', api_token: '${var.proxmox_api_token}', ssh: { agent: true, username: 'root', node: [{ name: 'pve', address: '192.168.1.10' }] } },
    ]);
    expect(m.nodes.variable.proxmox_api_token).toMatchObject({ type: 'string', sensitive: true, default: null });
  });
});
describe('Proxmox backend on a cluster of nodes (examples/multi-cluster.yaml: neo50q and the EliteDesk)', () => {
  const multi = siteOf('examples/multi-cluster.yaml');
  const mc = synth(multi);

  it('has one API endpoint and an SSH address per node (snippet uploads), in both stacks', () => {
    for (const stack of ['network', 'nodes']) {
      expect(mc[stack].provider.proxmox[0]).toMatchObject({ endpoint: 'https://10.10.0.2:8006/', ssh: { node: [{ name: 'neo50q', address: '10.10.0.2' }, { name: 'elitedesk', address: '10.10.0.3' }] } });
    }
  });

  it('downloads each image to each node that runs a VM booting from it; the first node keeps its address', () => {
    const downloads = resources(mc.network, 'proxmox_virtual_environment_download_file');
    expect(Object.keys(downloads)).toEqual(['image-debian', 'image-debian-on-elitedesk']);
    expect(downloads['image-debian-on-elitedesk']).toEqual({ ...downloads['image-debian'], node_name: 'elitedesk' });
  });

  it('creates each VM and its snippet on its node, with that node\'s datastore and bridge', () => {
    const s = siteOf('examples/multi-cluster.yaml', (doc) => {
      doc.hypervisor.hosts[1].datastore = 'local-lvm';
      doc.hypervisor.hosts[1].bridge = 'vmbr1';
      doc.networks[0].kind = 'bridge';
      delete doc.networks[0].vlan;
    });
    const { nodes } = synth(s);
    const vms = resources(nodes, 'proxmox_virtual_environment_vm');
    const files = resources(nodes, 'proxmox_virtual_environment_file');
    expect(Object.fromEntries(Object.entries(vms).map(([k, vm]) => [k, [vm.node_name, vm.disk.map((d: Json) => d.datastore_id), vm.network_device[0].bridge, vm.initialization.datastore_id]]))).toEqual({
      'gordito-cp': ['neo50q', ['local-zfs'], 'vmbr0', 'local-zfs'],
      'gordito-worker': ['elitedesk', ['local-lvm', 'local-lvm'], 'vmbr1', 'local-lvm'],
      'data-cp': ['neo50q', ['local-zfs', 'local-zfs'], 'vmbr0', 'local-zfs'],
    });
    expect(Object.fromEntries(Object.entries(files).map(([k, f]) => [k, f.node_name]))).toEqual({ 'gordito-cp-user-data': 'neo50q', 'gordito-worker-user-data': 'elitedesk', 'data-cp-user-data': 'neo50q' });
  });

  it('labels every k3s node with its host as its zone, after the Longhorn default-disk label; a one-host site has no zone label', () => {
    const configOf = (tf: Json, node: string) => /\/etc\/rancher\/k3s\/config.yaml[\s\S]*?node-name[\s\S]*?(?=\n  - path:)/.exec(resources(tf, 'proxmox_virtual_environment_file')[`${node}-user-data`].source_raw.data)![0];
    expect(configOf(mc.nodes, 'gordito-worker')).toContain('node-label:\n        - "node.longhorn.io/create-default-disk=true"\n        - "sitekit.dev/gpu=intel"\n        - "topology.kubernetes.io/zone=elitedesk"');
    expect(configOf(mc.nodes, 'gordito-cp')).toContain('node-label:\n        - "topology.kubernetes.io/zone=neo50q"');
    const one = synth(siteOf('examples/multi-cluster.yaml', (doc) => {
      doc.hypervisor.node = 'neo50q';
      delete doc.hypervisor.hosts;
      delete doc.nodes[1].host;
    }));
    expect(configOf(one.nodes, 'gordito-worker')).toContain('node-label:\n        - "node.longhorn.io/create-default-disk=true"\n');
    expect(JSON.stringify(one.nodes)).not.toContain('topology.kubernetes.io/zone');
  });
});

describe('state backends', () => {
  it('are local by default, one state file per stack in state/<site>/ next to the output, never inside it', () => {
    for (const [id, tf] of Object.entries(synth(siteOf('examples/proxmox-minimal.yaml')))) expect(tf.terraform.backend).toEqual({ local: { path: `../../../state/pve-lab/${id}.tfstate` } });
  });

  it('take the local state directory from the site, relative to the parent of the output or absolute', () => {
    const relative = synth(siteOf('examples/proxmox-minimal.yaml', (doc) => void (doc.terraform = { backend: { kind: 'local', dir: 'ops/tf-state' } })));
    expect(relative.nodes.terraform.backend).toEqual({ local: { path: '../../../ops/tf-state/pve-lab/nodes.tfstate' } });
    const absolute = synth(siteOf('examples/proxmox-minimal.yaml', (doc) => void (doc.terraform = { backend: { kind: 'local', dir: '/var/lib/sitekit' } })));
    expect(absolute.nodes.terraform.backend).toEqual({ local: { path: '/var/lib/sitekit/pve-lab/nodes.tfstate' } });
  });

  it('resolve the local state path from the stack directory where terraform -chdir runs', () => {
    expect(path.posix.normalize(path.posix.join('dist/terraform/nodes', localStatePath('state', 'lab', 'nodes')))).toBe('state/lab/nodes.tfstate');
    expect(path.posix.normalize(path.posix.join('dist/terraform/nodes', localStatePath('../elsewhere', 'lab', 'nodes')))).toBe('../elsewhere/lab/nodes.tfstate');
  });

  it('can be S3, one key per site and stack, encrypted', () => {
    const out = synth(
      siteOf('examples/proxmox-minimal.yaml', (doc) => {
        doc.terraform = { backend: { kind: 's3', bucket: 'tf-state', region: 'eu-west-1' } };
      }),
    );
    for (const [id, tf] of Object.entries(out)) expect(tf.terraform.backend).toEqual({ s3: { bucket: 'tf-state', region: 'eu-west-1', key: `sites/pve-lab/${id}.tfstate`, encrypt: true } });
  });

  it('can be an S3-compatible store with its own endpoint and key prefix', () => {
    const out = synth(
      siteOf('site.yaml', (doc) => {
        doc.terraform = { backend: { kind: 's3', bucket: 'tf', region: 'us-east-1', endpoint: 'https://minio.lan:9000', keyPrefix: 'homelab' } };
      }),
    );
    expect(Object.keys(out)).toEqual(['network', 'nodes', 'config', 'edge']);
    for (const [id, tf] of Object.entries(out)) {
      expect(tf.terraform.backend).toEqual({
        s3: {
          bucket: 'tf',
          region: 'us-east-1',
          key: `homelab/microcloud/${id}.tfstate`,
          endpoints: { s3: 'https://minio.lan:9000' },
          use_path_style: true,
          skip_credentials_validation: true,
          skip_region_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: true,
          encrypt: true,
        },
      });
    }
  });

  it('leave server-side encryption off only when the site says so', () => {
    const out = synth(siteOf('site.yaml', (doc) => void (doc.terraform = { backend: { kind: 's3', bucket: 'tf', region: 'us-east-1', endpoint: 'https://minio.lan:9000', encrypt: false } })));
    expect(out.nodes.terraform.backend.s3.encrypt).toBeUndefined();
    expect(out.nodes.terraform.backend.s3.key).toBe('sites/microcloud/nodes.tfstate');
  });
});
