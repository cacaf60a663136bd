// GENERADO por packages/core/scripts/generar-verificador.ts desde planSchema (src/schema/plan.ts) con
// compileFn de zod 4.6.7 ({ assertOnly: true }). No editar a mano: `npm run generar:verificador`.
// verificador-generado.test.ts falla si este archivo no corresponde al esquema actual.
/* eslint-disable */
// @ts-nocheck
import { util } from 'zod/v4/core';

const INVALID = Symbol('invalido');
const c0 = util.codePointLength;
const c1 = new Set(["departamento","municipio"]);
const c2 = new RegExp("^(\\d{2}|\\d{5})$", "");
const c3 = new Set(["inversion","beneficiarios","metas"]);
const c4 = new Set(["mas_de","igual","aprox","menos_de"]);
const c5 = util.isPlainObject;
const c6 = Object.prototype.propertyIsEnumerable;
const c7 = new Set(["incremento","mantenimiento","reduccion"]);
const c8 = new Set(["acumulado","flujo","stock"]);
const c9 = new Set(["reportado","sin_dato","no_aplica"]);
const c10 = new Set(["municipal","departamental","sin_dato"]);
const c11 = new RegExp("^\\d{5}$", "");
const c12 = new Set(["nivel","incremento"]);
const c13 = new Set(["mayor_es_mejor","menor_es_mejor"]);
const c14 = new Set(["promedio","ultimo"]);

function verificar(input) {
if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
const v0 = input["version"];
if (v0 !== 1) return INVALID;
const v1 = input["entidad"];
if (typeof v1 !== "object" || v1 === null || Array.isArray(v1)) return INVALID;
const v2 = v1["nombre"];
if (typeof v2 !== "string") return INVALID;
const v3 = typeof v2 === "string" && v2.length >= 1 && v2.length < 2 ? c0(v2) : v2.length;
if (v3 < 1) return INVALID;
const v4 = v1["tipo"];
if (!c1.has(v4)) return INVALID;
const v5 = v1["divipola"];
if (typeof v5 !== "string") return INVALID;
c2.lastIndex = 0;
if (!c2.test(v5)) return INVALID;
const v7 = input["plan"];
if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) return INVALID;
const v8 = v7["nombre"];
if (typeof v8 !== "string") return INVALID;
const v9 = typeof v8 === "string" && v8.length >= 1 && v8.length < 2 ? c0(v8) : v8.length;
if (v9 < 1) return INVALID;
const v10 = v7["inicio"];
if (typeof v10 !== "number" || !Number.isFinite(v10)) return INVALID;
if (!Number.isSafeInteger(v10)) return INVALID;
if (v10 < 1900) return INVALID;
if (v10 > 2200) return INVALID;
const v11 = v7["fin"];
if (typeof v11 !== "number" || !Number.isFinite(v11)) return INVALID;
if (!Number.isSafeInteger(v11)) return INVALID;
if (v11 < 1900) return INVALID;
if (v11 > 2200) return INVALID;
const v13 = input["corte"];
if (typeof v13 !== "object" || v13 === null || Array.isArray(v13)) return INVALID;
const v14 = v13["nombre"];
if (typeof v14 !== "string") return INVALID;
const v15 = v13["desde"];
if (typeof v15 !== "number" || !Number.isFinite(v15)) return INVALID;
if (!Number.isSafeInteger(v15)) return INVALID;
if (v15 < 1900) return INVALID;
if (v15 > 2200) return INVALID;
const v16 = v13["hasta"];
if (typeof v16 !== "number" || !Number.isFinite(v16)) return INVALID;
if (!Number.isSafeInteger(v16)) return INVALID;
if (v16 < 1900) return INVALID;
if (v16 > 2200) return INVALID;
const v17 = v13["fecha"];
let v18 = (() => {
  let v19;
  if (v17 !== undefined) {
    let v20 = null;
    if (v17 !== null) {
      if (typeof v17 !== "string") return INVALID;
      v20 = v17;
    }
    v19 = v20;
  }
  return v19;
})();
if (v18 === INVALID) {
  if ("fecha" in v13) return INVALID;
  v18 = undefined;
}
const v22 = input["secretaria"];
let v23 = (() => {
  let v24;
  if (v22 !== undefined) {
    let v25 = null;
    if (v22 !== null) {
      if (typeof v22 !== "string") return INVALID;
      v25 = v22;
    }
    v24 = v25;
  }
  return v24;
})();
if (v23 === INVALID) {
  if ("secretaria" in input) return INVALID;
  v23 = undefined;
}
const v26 = input["niveles"];
if (!Array.isArray(v26)) return INVALID;
const v27 = new Array(v26.length);
for (let v28 = 0; v28 < v26.length; v28++) {
  const v29 = v26[v28];
  if (typeof v29 !== "string") return INVALID;
  const v30 = typeof v29 === "string" && v29.length >= 1 && v29.length < 2 ? c0(v29) : v29.length;
  if (v30 < 1) return INVALID;
  v27[v28] = v29;
}
const v31 = typeof v27 === "string" && v27.length >= 1 && v27.length < 2 ? c0(v27) : v27.length;
if (v31 < 1) return INVALID;
const v32 = input["nodos"];
if (!Array.isArray(v32)) return INVALID;
for (let v33 = 0; v33 < v32.length; v33++) {
  const v34 = v32[v33];
  if (typeof v34 !== "object" || v34 === null || Array.isArray(v34)) return INVALID;
  const v35 = v34["codigo"];
  if (typeof v35 !== "string") return INVALID;
  const v36 = typeof v35 === "string" && v35.length >= 1 && v35.length < 2 ? c0(v35) : v35.length;
  if (v36 < 1) return INVALID;
  const v37 = v34["nombre"];
  if (v37 !== null) {
    if (typeof v37 !== "string") return INVALID;
  }
  const v38 = v34["nivel"];
  if (typeof v38 !== "number" || !Number.isFinite(v38)) return INVALID;
  if (!Number.isSafeInteger(v38)) return INVALID;
  if (v38 < 0) return INVALID;
  const v39 = v34["padre"];
  if (v39 !== null) {
    if (typeof v39 !== "string") return INVALID;
  }
  const v40 = v34["peso"];
  let v41 = (() => {
    let v42;
    if (v40 !== undefined) {
      let v43 = null;
      if (v40 !== null) {
        if (typeof v40 !== "number" || !Number.isFinite(v40)) return INVALID;
        if (v40 < 0) return INVALID;
        v43 = v40;
      }
      v42 = v43;
    }
    return v42;
  })();
  if (v41 === INVALID) {
    if ("peso" in v34) return INVALID;
    v41 = undefined;
  }
  const v44 = v34["afirmaciones"];
  let v45 = (() => {
    let v46;
    if (v44 !== undefined) {
      if (!Array.isArray(v44)) return INVALID;
      const v47 = new Array(v44.length);
      for (let v48 = 0; v48 < v44.length; v48++) {
        const v49 = v44[v48];
        if (typeof v49 !== "object" || v49 === null || Array.isArray(v49)) return INVALID;
        const v50 = v49["magnitud"];
        if (!c3.has(v50)) return INVALID;
        const v51 = v49["relacion"];
        if (!c4.has(v51)) return INVALID;
        const v52 = v49["valor"];
        if (typeof v52 !== "number" || !Number.isFinite(v52)) return INVALID;
        const v53 = v49["unidad"];
        let v54 = (() => {
          let v55;
          if (v53 !== undefined) {
            let v56 = null;
            if (v53 !== null) {
              if (typeof v53 !== "string") return INVALID;
              v56 = v53;
            }
            v55 = v56;
          }
          return v55;
        })();
        if (v54 === INVALID) {
          if ("unidad" in v49) return INVALID;
          v54 = undefined;
        }
        const v57 = v49["texto"];
        if (typeof v57 !== "string") return INVALID;
        const v58 = v49["traza"];
        let v59 = (() => {
          let v60;
          if (v58 !== undefined) {
            if (typeof v58 !== "object" || v58 === null || Array.isArray(v58)) return INVALID;
            const v61 = v58["fuente"];
            if (typeof v61 !== "string") return INVALID;
            const v62 = v58["cita"];
            let v63 = (() => {
              let v64;
              if (v62 !== undefined) {
                let v65 = null;
                if (v62 !== null) {
                  if (typeof v62 !== "string") return INVALID;
                  v65 = v62;
                }
                v64 = v65;
              }
              return v64;
            })();
            if (v63 === INVALID) {
              if ("cita" in v58) return INVALID;
              v63 = undefined;
            }
            const v66 = v58["inferido"];
            let v67 = (() => {
              let v68;
              if (v66 !== undefined) {
                let v69 = null;
                if (v66 !== null) {
                  if (typeof v66 !== "string") return INVALID;
                  v69 = v66;
                }
                v68 = v69;
              }
              return v68;
            })();
            if (v67 === INVALID) {
              if ("inferido" in v58) return INVALID;
              v67 = undefined;
            }
            const v70 = {};
            v70["fuente"] = v61;
            if ("cita" in v58) v70["cita"] = v63;
            if ("inferido" in v58) v70["inferido"] = v67;
            v60 = v70;
          }
          return v60;
        })();
        if (v59 === INVALID) {
          if ("traza" in v49) return INVALID;
          v59 = undefined;
        }
        const v71 = {};
        v71["magnitud"] = v50;
        v71["relacion"] = v51;
        v71["valor"] = v52;
        if ("unidad" in v49) v71["unidad"] = v54;
        v71["texto"] = v57;
        if ("traza" in v49) v71["traza"] = v59;
        v47[v48] = v71;
      }
      v46 = v47;
    }
    return v46;
  })();
  if (v45 === INVALID) {
    if ("afirmaciones" in v34) return INVALID;
    v45 = undefined;
  }
  const v72 = v34["trazas"];
  let v73 = (() => {
    let v74;
    if (v72 !== undefined) {
      if (!c5(v72)) return INVALID;
      const v75 = {};
      const v78 = Object.getOwnPropertySymbols(v72);
      const v79 = Object.getOwnPropertyNames(v72);
      for (let v80 = 0; v80 < v79.length; v80++) {
        const v76 = v79[v80];
        if (v76 === "__proto__" || !c6.call(v72, v76)) continue;
        const v77 = v72[v76];
        if (typeof v77 !== "object" || v77 === null || Array.isArray(v77)) return INVALID;
        const v81 = v77["fuente"];
        if (typeof v81 !== "string") return INVALID;
        const v82 = v77["cita"];
        let v83 = (() => {
          let v84;
          if (v82 !== undefined) {
            let v85 = null;
            if (v82 !== null) {
              if (typeof v82 !== "string") return INVALID;
              v85 = v82;
            }
            v84 = v85;
          }
          return v84;
        })();
        if (v83 === INVALID) {
          if ("cita" in v77) return INVALID;
          v83 = undefined;
        }
        const v86 = v77["inferido"];
        let v87 = (() => {
          let v88;
          if (v86 !== undefined) {
            let v89 = null;
            if (v86 !== null) {
              if (typeof v86 !== "string") return INVALID;
              v89 = v86;
            }
            v88 = v89;
          }
          return v88;
        })();
        if (v87 === INVALID) {
          if ("inferido" in v77) return INVALID;
          v87 = undefined;
        }
        const v90 = {};
        v90["fuente"] = v81;
        if ("cita" in v77) v90["cita"] = v83;
        if ("inferido" in v77) v90["inferido"] = v87;
        v75[v76] = v90;
      }
      for (let v80 = 0; v80 < v78.length; v80++) {
        const v76 = v78[v80];
        if (!c6.call(v72, v76)) continue;
        return INVALID;
      }
      v74 = v75;
    }
    return v74;
  })();
  if (v73 === INVALID) {
    if ("trazas" in v34) return INVALID;
    v73 = undefined;
  }
}
const v92 = input["metas"];
if (!Array.isArray(v92)) return INVALID;
for (let v93 = 0; v93 < v92.length; v93++) {
  const v94 = v92[v93];
  if (typeof v94 !== "object" || v94 === null || Array.isArray(v94)) return INVALID;
  const v95 = v94["codigo"];
  if (typeof v95 !== "string") return INVALID;
  const v96 = typeof v95 === "string" && v95.length >= 1 && v95.length < 2 ? c0(v95) : v95.length;
  if (v96 < 1) return INVALID;
  const v97 = v94["nombre"];
  if (typeof v97 !== "string") return INVALID;
  const v98 = typeof v97 === "string" && v97.length >= 1 && v97.length < 2 ? c0(v97) : v97.length;
  if (v98 < 1) return INVALID;
  const v99 = v94["indicador"];
  if (v99 !== null) {
    if (typeof v99 !== "string") return INVALID;
  }
  const v100 = v94["unidad"];
  if (v100 !== null) {
    if (typeof v100 !== "string") return INVALID;
  }
  const v101 = v94["nodo"];
  if (typeof v101 !== "string") return INVALID;
  const v102 = typeof v101 === "string" && v101.length >= 1 && v101.length < 2 ? c0(v101) : v101.length;
  if (v102 < 1) return INVALID;
  const v103 = v94["secretaria"];
  if (v103 !== null) {
    if (typeof v103 !== "string") return INVALID;
  }
  const v104 = v94["lineaBase"];
  if (v104 !== null) {
    if (typeof v104 !== "number" || !Number.isFinite(v104)) return INVALID;
  }
  const v105 = v94["metaCuatrienio"];
  if (v105 !== null) {
    if (typeof v105 !== "number" || !Number.isFinite(v105)) return INVALID;
  }
  const v106 = v94["tipo"];
  if (!c7.has(v106)) return INVALID;
  const v107 = v94["acumulacion"];
  if (!c8.has(v107)) return INVALID;
  const v108 = v94["peso"];
  let v109 = (() => {
    let v110;
    if (v108 !== undefined) {
      let v111 = null;
      if (v108 !== null) {
        if (typeof v108 !== "number" || !Number.isFinite(v108)) return INVALID;
        if (v108 < 0) return INVALID;
        v111 = v108;
      }
      v110 = v111;
    }
    return v110;
  })();
  if (v109 === INVALID) {
    if ("peso" in v94) return INVALID;
    v109 = undefined;
  }
  const v112 = v94["seguimiento"];
  if (!Array.isArray(v112)) return INVALID;
  for (let v113 = 0; v113 < v112.length; v113++) {
    const v114 = v112[v113];
    if (typeof v114 !== "object" || v114 === null || Array.isArray(v114)) return INVALID;
    const v115 = v114["desde"];
    if (typeof v115 !== "number" || !Number.isFinite(v115)) return INVALID;
    if (!Number.isSafeInteger(v115)) return INVALID;
    if (v115 < 1900) return INVALID;
    if (v115 > 2200) return INVALID;
    const v116 = v114["hasta"];
    if (typeof v116 !== "number" || !Number.isFinite(v116)) return INVALID;
    if (!Number.isSafeInteger(v116)) return INVALID;
    if (v116 < 1900) return INVALID;
    if (v116 > 2200) return INVALID;
    const v117 = v114["programado"];
    if (v117 !== null) {
      if (typeof v117 !== "number" || !Number.isFinite(v117)) return INVALID;
      if (v117 < 0) return INVALID;
    }
    const v118 = v114["ejecutado"];
    if (v118 !== null) {
      if (typeof v118 !== "number" || !Number.isFinite(v118)) return INVALID;
      if (v118 < 0) return INVALID;
    }
  }
  const v120 = v94["inversion"];
  if (!Array.isArray(v120)) return INVALID;
  for (let v121 = 0; v121 < v120.length; v121++) {
    const v122 = v120[v121];
    if (typeof v122 !== "object" || v122 === null || Array.isArray(v122)) return INVALID;
    const v123 = v122["desde"];
    if (typeof v123 !== "number" || !Number.isFinite(v123)) return INVALID;
    if (!Number.isSafeInteger(v123)) return INVALID;
    if (v123 < 1900) return INVALID;
    if (v123 > 2200) return INVALID;
    const v124 = v122["hasta"];
    if (typeof v124 !== "number" || !Number.isFinite(v124)) return INVALID;
    if (!Number.isSafeInteger(v124)) return INVALID;
    if (v124 < 1900) return INVALID;
    if (v124 > 2200) return INVALID;
    const v125 = v122["fuente"];
    if (typeof v125 !== "string") return INVALID;
    const v126 = typeof v125 === "string" && v125.length >= 1 && v125.length < 2 ? c0(v125) : v125.length;
    if (v126 < 1) return INVALID;
    const v127 = v122["texto"];
    let v128 = (() => {
      let v129;
      if (v127 !== undefined) {
        let v130 = null;
        if (v127 !== null) {
          if (typeof v127 !== "string") return INVALID;
          v130 = v127;
        }
        v129 = v130;
      }
      return v129;
    })();
    if (v128 === INVALID) {
      if ("texto" in v122) return INVALID;
      v128 = undefined;
    }
    const v131 = v122["valor"];
    if (v131 !== null) {
      if (typeof v131 !== "number" || !Number.isFinite(v131)) return INVALID;
      if (v131 < 0) return INVALID;
    }
  }
  const v133 = v94["beneficiarios"];
  if (typeof v133 !== "object" || v133 === null || Array.isArray(v133)) return INVALID;
  const v134 = v133["estado"];
  if (!c9.has(v134)) return INVALID;
  const v135 = v133["total"];
  if (v135 !== null) {
    if (typeof v135 !== "number" || !Number.isFinite(v135)) return INVALID;
    if (v135 < 0) return INVALID;
  }
  const v136 = v133["unidad"];
  let v137 = (() => {
    let v138;
    if (v136 !== undefined) {
      let v139 = null;
      if (v136 !== null) {
        if (typeof v136 !== "string") return INVALID;
        v139 = v136;
      }
      v138 = v139;
    }
    return v138;
  })();
  if (v137 === INVALID) {
    if ("unidad" in v133) return INVALID;
    v137 = undefined;
  }
  const v140 = v133["grupos"];
  if (!Array.isArray(v140)) return INVALID;
  for (let v141 = 0; v141 < v140.length; v141++) {
    const v142 = v140[v141];
    if (typeof v142 !== "object" || v142 === null || Array.isArray(v142)) return INVALID;
    const v143 = v142["grupo"];
    if (typeof v143 !== "string") return INVALID;
    const v144 = typeof v143 === "string" && v143.length >= 1 && v143.length < 2 ? c0(v143) : v143.length;
    if (v144 < 1) return INVALID;
    const v145 = v142["valor"];
    if (v145 !== null) {
      if (typeof v145 !== "number" || !Number.isFinite(v145)) return INVALID;
      if (v145 < 0) return INVALID;
    }
  }
  const v148 = v94["municipios"];
  if (typeof v148 !== "object" || v148 === null || Array.isArray(v148)) return INVALID;
  const v149 = v148["alcance"];
  if (!c10.has(v149)) return INVALID;
  const v150 = v148["codigos"];
  if (!Array.isArray(v150)) return INVALID;
  for (let v151 = 0; v151 < v150.length; v151++) {
    const v152 = v150[v151];
    if (typeof v152 !== "string") return INVALID;
    c11.lastIndex = 0;
    if (!c11.test(v152)) return INVALID;
  }
  const v154 = v94["bpin"];
  if (!Array.isArray(v154)) return INVALID;
  for (let v155 = 0; v155 < v154.length; v155++) {
    const v156 = v154[v155];
    if (typeof v156 !== "string") return INVALID;
  }
  const v157 = v94["evidencia"];
  if (typeof v157 !== "object" || v157 === null || Array.isArray(v157)) return INVALID;
  const v158 = v157["queSeHizo"];
  if (v158 !== null) {
    if (typeof v158 !== "string") return INVALID;
  }
  const v159 = v157["como"];
  if (v159 !== null) {
    if (typeof v159 !== "string") return INVALID;
  }
  const v160 = v157["conQuien"];
  if (v160 !== null) {
    if (typeof v160 !== "string") return INVALID;
  }
  const v161 = v157["cuando"];
  if (v161 !== null) {
    if (typeof v161 !== "string") return INVALID;
  }
  const v162 = v157["impacto"];
  if (v162 !== null) {
    if (typeof v162 !== "string") return INVALID;
  }
  const v163 = v157["donde"];
  if (v163 !== null) {
    if (typeof v163 !== "string") return INVALID;
  }
  const v165 = v94["reportado"];
  if (typeof v165 !== "object" || v165 === null || Array.isArray(v165)) return INVALID;
  const v166 = v165["periodo"];
  if (v166 !== null) {
    if (typeof v166 !== "object" || v166 === null || Array.isArray(v166)) return INVALID;
    const v167 = v166["desde"];
    if (typeof v167 !== "number" || !Number.isFinite(v167)) return INVALID;
    if (!Number.isSafeInteger(v167)) return INVALID;
    if (v167 < 1900) return INVALID;
    if (v167 > 2200) return INVALID;
    const v168 = v166["hasta"];
    if (typeof v168 !== "number" || !Number.isFinite(v168)) return INVALID;
    if (!Number.isSafeInteger(v168)) return INVALID;
    if (v168 < 1900) return INVALID;
    if (v168 > 2200) return INVALID;
  }
  const v170 = v165["cumplimiento"];
  if (v170 !== null) {
    if (typeof v170 !== "number" || !Number.isFinite(v170)) return INVALID;
  }
  const v171 = v165["avance"];
  if (v171 !== null) {
    if (typeof v171 !== "number" || !Number.isFinite(v171)) return INVALID;
  }
  const v172 = v165["inversion"];
  if (v172 !== null) {
    if (typeof v172 !== "number" || !Number.isFinite(v172)) return INVALID;
    if (v172 < 0) return INVALID;
  }
  const v173 = v165["beneficiarios"];
  if (v173 !== null) {
    if (typeof v173 !== "number" || !Number.isFinite(v173)) return INVALID;
    if (v173 < 0) return INVALID;
  }
  const v175 = v94["trazas"];
  let v176 = (() => {
    let v177;
    if (v175 !== undefined) {
      if (!c5(v175)) return INVALID;
      const v178 = {};
      const v181 = Object.getOwnPropertySymbols(v175);
      const v182 = Object.getOwnPropertyNames(v175);
      for (let v183 = 0; v183 < v182.length; v183++) {
        const v179 = v182[v183];
        if (v179 === "__proto__" || !c6.call(v175, v179)) continue;
        const v180 = v175[v179];
        if (typeof v180 !== "object" || v180 === null || Array.isArray(v180)) return INVALID;
        const v184 = v180["fuente"];
        if (typeof v184 !== "string") return INVALID;
        const v185 = v180["cita"];
        let v186 = (() => {
          let v187;
          if (v185 !== undefined) {
            let v188 = null;
            if (v185 !== null) {
              if (typeof v185 !== "string") return INVALID;
              v188 = v185;
            }
            v187 = v188;
          }
          return v187;
        })();
        if (v186 === INVALID) {
          if ("cita" in v180) return INVALID;
          v186 = undefined;
        }
        const v189 = v180["inferido"];
        let v190 = (() => {
          let v191;
          if (v189 !== undefined) {
            let v192 = null;
            if (v189 !== null) {
              if (typeof v189 !== "string") return INVALID;
              v192 = v189;
            }
            v191 = v192;
          }
          return v191;
        })();
        if (v190 === INVALID) {
          if ("inferido" in v180) return INVALID;
          v190 = undefined;
        }
        const v193 = {};
        v193["fuente"] = v184;
        if ("cita" in v180) v193["cita"] = v186;
        if ("inferido" in v180) v193["inferido"] = v190;
        v178[v179] = v193;
      }
      for (let v183 = 0; v183 < v181.length; v183++) {
        const v179 = v181[v183];
        if (!c6.call(v175, v179)) continue;
        return INVALID;
      }
      v177 = v178;
    }
    return v177;
  })();
  if (v176 === INVALID) {
    if ("trazas" in v94) return INVALID;
    v176 = undefined;
  }
  const v194 = v94["notas"];
  let v195 = (() => {
    let v196;
    if (v194 !== undefined) {
      if (!Array.isArray(v194)) return INVALID;
      const v197 = new Array(v194.length);
      for (let v198 = 0; v198 < v194.length; v198++) {
        const v199 = v194[v198];
        if (typeof v199 !== "string") return INVALID;
        v197[v198] = v199;
      }
      v196 = v197;
    }
    return v196;
  })();
  if (v195 === INVALID) {
    if ("notas" in v94) return INVALID;
    v195 = undefined;
  }
}
const v201 = input["ausentes"];
let v202 = (() => {
  let v203;
  if (v201 !== undefined) {
    if (!Array.isArray(v201)) return INVALID;
    const v204 = new Array(v201.length);
    for (let v205 = 0; v205 < v201.length; v205++) {
      const v206 = v201[v205];
      if (typeof v206 !== "object" || v206 === null || Array.isArray(v206)) return INVALID;
      const v207 = v206["codigo"];
      if (typeof v207 !== "string") return INVALID;
      const v208 = v206["motivo"];
      if (typeof v208 !== "string") return INVALID;
      const v209 = { "codigo": v207, "motivo": v208 };
      v204[v205] = v209;
    }
    v203 = v204;
  }
  return v203;
})();
if (v202 === INVALID) {
  if ("ausentes" in input) return INVALID;
  v202 = undefined;
}
const v210 = input["indicadoresResultado"];
let v211 = (() => {
  let v212;
  if (v210 !== undefined) {
    if (!Array.isArray(v210)) return INVALID;
    const v213 = new Array(v210.length);
    for (let v214 = 0; v214 < v210.length; v214++) {
      const v215 = v210[v214];
      if (typeof v215 !== "object" || v215 === null || Array.isArray(v215)) return INVALID;
      const v216 = v215["codigo"];
      if (typeof v216 !== "string") return INVALID;
      const v217 = typeof v216 === "string" && v216.length >= 1 && v216.length < 2 ? c0(v216) : v216.length;
      if (v217 < 1) return INVALID;
      const v218 = v215["nombre"];
      if (typeof v218 !== "string") return INVALID;
      const v219 = typeof v218 === "string" && v218.length >= 1 && v218.length < 2 ? c0(v218) : v218.length;
      if (v219 < 1) return INVALID;
      const v220 = v215["unidad"];
      let v221 = null;
      if (v220 !== null) {
        if (typeof v220 !== "string") return INVALID;
        v221 = v220;
      }
      const v222 = v215["nodo"];
      let v223 = (() => {
        let v224;
        if (v222 !== undefined) {
          let v225 = null;
          if (v222 !== null) {
            if (typeof v222 !== "string") return INVALID;
            v225 = v222;
          }
          v224 = v225;
        }
        return v224;
      })();
      if (v223 === INVALID) {
        if ("nodo" in v215) return INVALID;
        v223 = undefined;
      }
      const v226 = v215["lineaBase"];
      if (typeof v226 !== "object" || v226 === null || Array.isArray(v226)) return INVALID;
      const v227 = v226["valor"];
      let v228 = null;
      if (v227 !== null) {
        if (typeof v227 !== "number" || !Number.isFinite(v227)) return INVALID;
        v228 = v227;
      }
      const v229 = v226["anio"];
      let v230 = null;
      if (v229 !== null) {
        if (typeof v229 !== "number" || !Number.isFinite(v229)) return INVALID;
        if (!Number.isSafeInteger(v229)) return INVALID;
        if (v229 < 1900) return INVALID;
        if (v229 > 2200) return INVALID;
        v230 = v229;
      }
      const v231 = { "valor": v228, "anio": v230 };
      const v232 = v215["actual"];
      if (typeof v232 !== "object" || v232 === null || Array.isArray(v232)) return INVALID;
      const v233 = v232["valor"];
      let v234 = null;
      if (v233 !== null) {
        if (typeof v233 !== "number" || !Number.isFinite(v233)) return INVALID;
        v234 = v233;
      }
      const v235 = v232["anio"];
      let v236 = null;
      if (v235 !== null) {
        if (typeof v235 !== "number" || !Number.isFinite(v235)) return INVALID;
        if (!Number.isSafeInteger(v235)) return INVALID;
        if (v235 < 1900) return INVALID;
        if (v235 > 2200) return INVALID;
        v236 = v235;
      }
      const v237 = v232["fecha"];
      let v238 = (() => {
        let v239;
        if (v237 !== undefined) {
          let v240 = null;
          if (v237 !== null) {
            if (typeof v237 !== "string") return INVALID;
            v240 = v237;
          }
          v239 = v240;
        }
        return v239;
      })();
      if (v238 === INVALID) {
        if ("fecha" in v232) return INVALID;
        v238 = undefined;
      }
      const v241 = v232["tipo"];
      if (!c12.has(v241)) return INVALID;
      const v242 = {};
      v242["valor"] = v234;
      v242["anio"] = v236;
      if ("fecha" in v232) v242["fecha"] = v238;
      v242["tipo"] = v241;
      const v243 = v215["meta"];
      if (typeof v243 !== "object" || v243 === null || Array.isArray(v243)) return INVALID;
      const v244 = v243["valor"];
      let v245 = null;
      if (v244 !== null) {
        if (typeof v244 !== "number" || !Number.isFinite(v244)) return INVALID;
        v245 = v244;
      }
      const v246 = v243["anio"];
      let v247 = null;
      if (v246 !== null) {
        if (typeof v246 !== "number" || !Number.isFinite(v246)) return INVALID;
        if (!Number.isSafeInteger(v246)) return INVALID;
        if (v246 < 1900) return INVALID;
        if (v246 > 2200) return INVALID;
        v247 = v246;
      }
      const v248 = { "valor": v245, "anio": v247 };
      const v249 = v215["direccion"];
      if (!c13.has(v249)) return INVALID;
      const v250 = v215["fuente"];
      let v251 = (() => {
        let v252;
        if (v250 !== undefined) {
          let v253 = null;
          if (v250 !== null) {
            if (typeof v250 !== "string") return INVALID;
            v253 = v250;
          }
          v252 = v253;
        }
        return v252;
      })();
      if (v251 === INVALID) {
        if ("fuente" in v215) return INVALID;
        v251 = undefined;
      }
      const v254 = v215["notas"];
      let v255 = (() => {
        let v256;
        if (v254 !== undefined) {
          if (!Array.isArray(v254)) return INVALID;
          const v257 = new Array(v254.length);
          for (let v258 = 0; v258 < v254.length; v258++) {
            const v259 = v254[v258];
            if (typeof v259 !== "string") return INVALID;
            v257[v258] = v259;
          }
          v256 = v257;
        }
        return v256;
      })();
      if (v255 === INVALID) {
        if ("notas" in v215) return INVALID;
        v255 = undefined;
      }
      const v260 = v215["trazas"];
      let v261 = (() => {
        let v262;
        if (v260 !== undefined) {
          if (!c5(v260)) return INVALID;
          const v263 = {};
          const v266 = Object.getOwnPropertySymbols(v260);
          const v267 = Object.getOwnPropertyNames(v260);
          for (let v268 = 0; v268 < v267.length; v268++) {
            const v264 = v267[v268];
            if (v264 === "__proto__" || !c6.call(v260, v264)) continue;
            const v265 = v260[v264];
            if (typeof v265 !== "object" || v265 === null || Array.isArray(v265)) return INVALID;
            const v269 = v265["fuente"];
            if (typeof v269 !== "string") return INVALID;
            const v270 = v265["cita"];
            let v271 = (() => {
              let v272;
              if (v270 !== undefined) {
                let v273 = null;
                if (v270 !== null) {
                  if (typeof v270 !== "string") return INVALID;
                  v273 = v270;
                }
                v272 = v273;
              }
              return v272;
            })();
            if (v271 === INVALID) {
              if ("cita" in v265) return INVALID;
              v271 = undefined;
            }
            const v274 = v265["inferido"];
            let v275 = (() => {
              let v276;
              if (v274 !== undefined) {
                let v277 = null;
                if (v274 !== null) {
                  if (typeof v274 !== "string") return INVALID;
                  v277 = v274;
                }
                v276 = v277;
              }
              return v276;
            })();
            if (v275 === INVALID) {
              if ("inferido" in v265) return INVALID;
              v275 = undefined;
            }
            const v278 = {};
            v278["fuente"] = v269;
            if ("cita" in v265) v278["cita"] = v271;
            if ("inferido" in v265) v278["inferido"] = v275;
            v263[v264] = v278;
          }
          for (let v268 = 0; v268 < v266.length; v268++) {
            const v264 = v266[v268];
            if (!c6.call(v260, v264)) continue;
            return INVALID;
          }
          v262 = v263;
        }
        return v262;
      })();
      if (v261 === INVALID) {
        if ("trazas" in v215) return INVALID;
        v261 = undefined;
      }
      const v279 = {};
      v279["codigo"] = v216;
      v279["nombre"] = v218;
      v279["unidad"] = v221;
      if ("nodo" in v215) v279["nodo"] = v223;
      v279["lineaBase"] = v231;
      v279["actual"] = v242;
      v279["meta"] = v248;
      v279["direccion"] = v249;
      if ("fuente" in v215) v279["fuente"] = v251;
      if ("notas" in v215) v279["notas"] = v255;
      if ("trazas" in v215) v279["trazas"] = v261;
      v213[v214] = v279;
    }
    v212 = v213;
  }
  return v212;
})();
if (v211 === INVALID) {
  if ("indicadoresResultado" in input) return INVALID;
  v211 = undefined;
}
const v280 = input["opciones"];
let v281 = (() => {
  let v282;
  if (v280 !== undefined) {
    if (typeof v280 !== "object" || v280 === null || Array.isArray(v280)) return INVALID;
    const v283 = v280["consolidacionFlujo"];
    let v284 = (() => {
      let v285;
      if (v283 !== undefined) {
        if (!c14.has(v283)) return INVALID;
        v285 = v283;
      }
      return v285;
    })();
    if (v284 === INVALID) {
      if ("consolidacionFlujo" in v280) return INVALID;
      v284 = undefined;
    }
    const v286 = {};
    if ("consolidacionFlujo" in v280) v286["consolidacionFlujo"] = v284;
    v282 = v286;
  }
  return v282;
})();
if (v281 === INVALID) {
  if ("opciones" in input) return INVALID;
  v281 = undefined;
}
const v287 = input["fuente"];
let v288 = (() => {
  let v289;
  if (v287 !== undefined) {
    if (typeof v287 !== "object" || v287 === null || Array.isArray(v287)) return INVALID;
    const v290 = v287["documento"];
    if (typeof v290 !== "string") return INVALID;
    const v291 = v287["fecha"];
    let v292 = (() => {
      let v293;
      if (v291 !== undefined) {
        let v294 = null;
        if (v291 !== null) {
          if (typeof v291 !== "string") return INVALID;
          v294 = v291;
        }
        v293 = v294;
      }
      return v293;
    })();
    if (v292 === INVALID) {
      if ("fecha" in v287) return INVALID;
      v292 = undefined;
    }
    const v295 = v287["notas"];
    let v296 = (() => {
      let v297;
      if (v295 !== undefined) {
        if (!Array.isArray(v295)) return INVALID;
        const v298 = new Array(v295.length);
        for (let v299 = 0; v299 < v295.length; v299++) {
          const v300 = v295[v299];
          if (typeof v300 !== "string") return INVALID;
          v298[v299] = v300;
        }
        v297 = v298;
      }
      return v297;
    })();
    if (v296 === INVALID) {
      if ("notas" in v287) return INVALID;
      v296 = undefined;
    }
    const v301 = {};
    v301["documento"] = v290;
    if ("fecha" in v287) v301["fecha"] = v292;
    if ("notas" in v287) v301["notas"] = v296;
    v289 = v301;
  }
  return v289;
})();
if (v288 === INVALID) {
  if ("fuente" in input) return INVALID;
  v288 = undefined;
}
return true;
}

/** true exactly when zod's parse of planSchema succeeds (the code zod compiles at run time, written here once). */
export function verificarPlanGenerado(input: unknown): boolean {
  return verificar(input) !== INVALID;
}
