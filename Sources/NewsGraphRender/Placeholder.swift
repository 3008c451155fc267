import CGraphviz
enum RenderPlaceholder {}
