const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let hardware: boolean | undefined;

/**
 * Whether the browser draws WebGL on a graphics card. Drawn in software (SwiftShader, llvmpipe),
 * cytoscape's WebGL renderer took 30 to 170 times as long per frame as its canvas one.
 */
export function hardwareWebgl(): boolean {
  if (hardware === undefined) {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : '';
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    hardware = gl !== null && !SOFTWARE.test(renderer);
  }
  return hardware;
}
