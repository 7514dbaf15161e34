/** The ports shared with the load balancers live in the site library: both apps read them there. */
export { INGRESS_NODE_PORTS, INGRESS_VIP_PORTS } from '../site/ports';
